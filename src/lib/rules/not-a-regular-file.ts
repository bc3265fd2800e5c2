import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const notARegularFile = defineRule({
	id: 'not-a-regular-file',
	severity: 'error',
	description: 'a YAML name is neither a file nor a folder',
	check: (path: string): Diagnostic =>
		atFileStart(
			notARegularFile,
			path,
			'not a regular file',
			'a curated file is a plain text file in UTF-8'
		)
});
