import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const folderNotRead = defineRule({
	id: 'folder-not-read',
	severity: 'warning',
	description: 'a folder holding YAML files is not read',
	check: (path: string): Diagnostic =>
		atFileStart(
			folderNotRead,
			path,
			'folder not read',
			'pathways are read from the atlas folder itself and sources from its sources/ folder: move the files there if they belong to the atlas'
		)
});
