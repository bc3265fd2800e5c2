import type { Sentence } from '../text/sentences.ts';
import { describeDifference, firstDifference } from '../text/quoteDiff.ts';
import { mostSimilar } from '../text/similarity.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

/** A difference this far into the quote shows where it went wrong; an earlier one may not. */
const TELLING_PREFIX = 12;

/** The text a quote was looked for in: a source (named when quoted from a pathway), or its own. */
export interface QuotedText {
	id?: string;
	text: string;
	sentences: Sentence[];
}

/**
 * Why a quote was not found: the first character that differs when the quote starts like the
 * source, else the sentence it is most like.
 */
function whyNot(source: QuotedText, quote: string): string {
	const diff = firstDifference(source.text, quote);
	if (diff && (diff.index >= TELLING_PREFIX || (diff.index > 0 && diff.resumes)))
		return describeDifference(diff);
	const closest =
		source.sentences[
			mostSimilar(
				quote,
				source.sentences.map((s) => s.text)
			)
		];
	if (!closest) return 'copy the words exactly from the source text';
	const text = closest.text.length > 160 ? closest.text.slice(0, 157) + '…' : closest.text;
	return `closest sentence s${closest.n}: "${text}"`;
}

/** A corrected term whose wording is not in the translation it corrects. */
const termMissing = (file: Locator, at: DataPath, wording: string) =>
	file.diagnostic(
		quoteNotInSource,
		at,
		`"${wording}" is not in the zh translation`,
		'copy the wording exactly from the translation'
	);

export const quoteNotInSource = defineRule({
	id: 'quote-not-in-source',
	severity: 'error',
	description: 'a quote that is not found verbatim in its source',
	/** `source`: where the quote was looked for; `translation`: a term of a source's translation. */
	check: (
		file: Locator,
		at: DataPath,
		quote: string,
		source: QuotedText | 'translation'
	): Diagnostic => {
		if (source === 'translation') return termMissing(file, at, quote);
		const where = source.id ? `source "${source.id}"` : 'the source';
		return file.diagnostic(
			quoteNotInSource,
			at,
			`quote not found in ${where}: "${quote}"`,
			whyNot(source, quote)
		);
	}
});
