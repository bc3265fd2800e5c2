/**
 * The sentences of a new source as the atlas splits them, each with the reasons a curator
 * should look at it: places where the splitter decided not to split (an abbreviation, a
 * decimal number, a stereo descriptor) and places where it split after a word that could
 * be an abbreviation, or before a lower-case word.
 */
import { splitSentences, type Sentence } from '../text/sentences.ts';

export interface ReviewedSentence extends Sentence {
	checks: string[];
}

const ABBREVIATION = /\b(e\.g\.|i\.e\.|et al\.|vs\.|cf\.|etc\.|approx\.|ca\.|Fig\.|Figs\.|No\.)/g;
const DECIMAL = /\d+\.\d+/g;
const STEREO = /\((?:[RS]|\d+[RS](?:,\s*\d+[RS])*)\)-/g;
/** Words whose full stop may not end a sentence, but on which the splitter does split. */
const MAYBE_ABBREVIATION =
	/(?:^|[\s(])((?:\p{L}|sp|spp|subsp|var|resp|eq|ref|refs|min|max|mg|kg|ml|h|hr|hrs|wk|wks|yr|yrs|mo|approx|cont|incl|dept|univ|suppl)\.)$/iu;

function inside(text: string, pattern: RegExp, what: string): string[] {
	const found = [...new Set([...text.matchAll(pattern)].map((m) => m[0]))];
	return found.map((token) => `${what} "${token}" inside: not split there`);
}

function checksFor(s: Sentence, next: Sentence | undefined): string[] {
	const body = s.text.slice(0, -1);
	const checks = [
		...inside(body, ABBREVIATION, 'abbreviation'),
		...inside(s.text, DECIMAL, 'decimal number'),
		...inside(s.text, STEREO, 'stereo descriptor')
	];
	const lastWord = MAYBE_ABBREVIATION.exec(s.text)?.[1];
	if (next && lastWord) {
		checks.push(`ends after "${lastWord}": is s${next.n} really a new sentence?`);
	}
	if (next && /^[\p{Ll}\d]/u.test(next.text)) {
		checks.push(`s${next.n} starts in lower case: do they belong together?`);
	}
	if (s.text.split(/\s+/).length < 4) checks.push('very short: is it a whole sentence?');
	return checks;
}

export function reviewSentences(text: string): ReviewedSentence[] {
	const sentences = splitSentences(text);
	return sentences.map((s, i) => ({ ...s, checks: checksFor(s, sentences[i + 1]) }));
}
