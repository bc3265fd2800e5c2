import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const sourcesNotAFolder = defineRule({
	id: 'sources-not-a-folder',
	severity: 'error',
	description: 'sources is a file, not the folder of sources',
	check: (path: string): Diagnostic =>
		atFileStart(
			sourcesNotAFolder,
			path,
			'sources is a file, not a folder',
			'the sources are <id>.yaml files in a folder named sources/: rename this file and make sources/ a folder'
		)
});
