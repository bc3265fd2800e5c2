import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const quoteCitesReference = defineRule({
	id: 'quote-cites-reference',
	severity: 'error',
	description: 'stated or listed evidence that cites a reference record',
	/** `at`: the evidence's reference; `support`: stated or listed. */
	check: (file: Locator, at: DataPath, support: string): Diagnostic =>
		file.diagnostic(
			quoteCitesReference,
			at,
			`${support} evidence quotes a source; a reference record is for background evidence`,
			'use "source" and "quote", or "support: background"'
		)
});
