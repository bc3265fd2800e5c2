import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const backgroundWithoutNote = defineRule({
	id: 'background-without-note',
	severity: 'error',
	description: 'background evidence without a curator note',
	check: (file: Locator, at: DataPath): Diagnostic =>
		file.diagnostic(
			backgroundWithoutNote,
			at,
			'background evidence needs a curator "note"',
			'say in one line what is assumed beyond the sources'
		)
});
