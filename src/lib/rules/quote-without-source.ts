import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const quoteWithoutSource = defineRule({
	id: 'quote-without-source',
	severity: 'error',
	description: 'stated or listed evidence without its source and quote',
	/** `support`: stated or listed. */
	check: (file: Locator, at: DataPath, support: string): Diagnostic =>
		file.diagnostic(
			quoteWithoutSource,
			at,
			`${support} evidence needs a "source" and a "quote"`,
			'quote the source verbatim; if no source says it, use "support: background"'
		)
});
