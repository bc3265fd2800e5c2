import { defineRule, type Diagnostic, type Locator } from './rule.ts';

export const emptyFile = defineRule({
	id: 'empty-file',
	severity: 'error',
	description: 'a catalogue file is empty',
	/** `key`: the list the catalogue holds (entities, references). */
	check: (file: Locator, key: string): Diagnostic =>
		file.diagnostic(
			emptyFile,
			[],
			`the ${key} file is empty`,
			`start the file with "${key}:" and list the ${key} under it`
		)
});
