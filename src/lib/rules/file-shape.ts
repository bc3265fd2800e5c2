import { defineRule, type Diagnostic, type Locator } from './rule.ts';

export const fileShape = defineRule({
	id: 'file-shape',
	severity: 'error',
	description: 'the top level of a file is not the mapping it should be',
	/** `listKey`: the list a catalogue holds; a pathway without it. */
	check: (file: Locator, listKey?: string): Diagnostic =>
		listKey
			? file.diagnostic(
					fileShape,
					[],
					`expected a mapping with a "${listKey}" list`,
					`start the file with "${listKey}:"`
				)
			: file.diagnostic(
					fileShape,
					[],
					'a pathway file is a mapping with title, summary, nodes and edges',
					'see the README for an example'
				)
});
