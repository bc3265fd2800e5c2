import { normalizeSpace } from '../text/findQuote.ts';
import type { Sentence } from '../text/sentences.ts';
import { wordCount } from '../text/similarity.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

/** A quote names a claim when it has this many words, or is a whole sentence. */
export const MIN_QUOTE_WORDS = 3;

function tooShort(quote: string, sentences: Sentence[]): boolean {
	if (wordCount(quote) >= MIN_QUOTE_WORDS) return false;
	const q = normalizeSpace(quote);
	return !sentences.some((s) => normalizeSpace(s.text) === q);
}

export const quoteTooShort = defineRule({
	id: 'quote-too-short',
	severity: 'error',
	description: 'a quote too short to identify a claim',
	/** `sentences`: the source's, one of which the quote may be whole. */
	check: (file: Locator, at: DataPath, quote: string, sentences: Sentence[]): Diagnostic[] =>
		tooShort(quote, sentences)
			? [
					file.diagnostic(
						quoteTooShort,
						at,
						`quote "${quote}" is too short to identify a claim`,
						`quote at least ${MIN_QUOTE_WORDS} words of the sentence that says it (or a whole sentence of the source)`
					)
				]
			: []
});
