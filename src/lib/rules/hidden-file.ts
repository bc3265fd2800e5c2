import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const hiddenFile = defineRule({
	id: 'hidden-file',
	severity: 'warning',
	description: 'a YAML file whose name starts with "." is not read',
	check: (path: string): Diagnostic =>
		atFileStart(
			hiddenFile,
			path,
			'hidden file not read',
			'a name starting with "." marks a hidden file (an editor\'s backup, a system file): rename it if it belongs to the atlas'
		)
});
