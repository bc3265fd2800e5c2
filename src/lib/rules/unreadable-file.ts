import { atFileStart, defineRule, type Diagnostic } from './rule.ts';

export const unreadableFile = defineRule({
	id: 'unreadable-file',
	severity: 'error',
	description: 'a file or folder cannot be read (permissions, vanished)',
	check: (path: string, reason: string): Diagnostic =>
		atFileStart(
			unreadableFile,
			path,
			`cannot read the file: ${reason}`,
			'make the file readable (e.g. chmod a+r), or move it out of the atlas folder'
		)
});
