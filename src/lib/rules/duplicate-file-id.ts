import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const duplicateFileId = defineRule({
	id: 'duplicate-file-id',
	severity: 'error',
	description: 'two files name the same pathway or source',
	check: (path: string, id: string, kind: string, earlierPath: string): Diagnostic =>
		atFileStart(
			duplicateFileId,
			path,
			`${kind} id "${id}" is also the id of ${earlierPath}`,
			`two files name the same ${kind}: keep one of ${earlierPath} and ${path}, or rename one`
		)
});
