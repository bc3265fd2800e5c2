import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const folderNamedLikeFile = defineRule({
	id: 'folder-named-like-file',
	severity: 'error',
	description: 'a folder has a YAML file name',
	check: (path: string): Diagnostic =>
		atFileStart(
			folderNamedLikeFile,
			path,
			'a folder named like a YAML file',
			'curated files are files: rename the folder (or move it out of the atlas folder)'
		)
});
