import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const brokenLink = defineRule({
	id: 'broken-link',
	severity: 'error',
	description: 'a symbolic link points at a missing file',
	check: (path: string, target: string): Diagnostic =>
		atFileStart(
			brokenLink,
			path,
			`a link to a missing file (${target})`,
			'point the link at an existing file in the atlas folder, or delete it'
		)
});
