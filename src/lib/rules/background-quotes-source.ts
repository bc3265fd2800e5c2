import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const backgroundQuotesSource = defineRule({
	id: 'background-quotes-source',
	severity: 'error',
	description: 'background evidence that gives a source or quote',
	/** `at`: the evidence's support. */
	check: (file: Locator, at: DataPath): Diagnostic =>
		file.diagnostic(
			backgroundQuotesSource,
			at,
			'background evidence cites a reference record, not a source quote',
			'if the source states it, use "support: stated" (or "listed"); otherwise drop source and quote'
		)
});
