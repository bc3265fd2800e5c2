import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const secondCatalogue = defineRule({
	id: 'second-catalogue',
	severity: 'error',
	description: 'a second entities or references file beside the first',
	check: (path: string, kind: 'entities' | 'references', firstPath: string): Diagnostic =>
		atFileStart(
			secondCatalogue,
			path,
			`a second ${kind} file: ${firstPath} is the one read`,
			`keep one ${kind} file (${kind}.yaml or ${kind}.yml) and merge the other into it`
		)
});
