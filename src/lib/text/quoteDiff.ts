/**
 * Where a quote stops matching its source: the longest start of the quote found in the source
 * (white space ignored, as when quotes are matched), and the two characters that differ there,
 * named, so that a typographic apostrophe, an en dash or an invisible character can be seen.
 */
import { normalizeSpace } from './findQuote.ts';

export interface QuoteDifference {
	/** 0-based index in the quote (white space collapsed) of the first character that differs. */
	index: number;
	/** The end of the part that matches (its last 40 characters, after "…"). */
	matched: string;
	quoteChar: string;
	/** Undefined where the source text ends. */
	sourceChar?: string;
	/** The texts agree again just after the difference: one character replaced, added or left out. */
	resumes: boolean;
}

const AGAIN = 8;

/** Whether quote and source agree again after one character replaced, added or left out. */
function resumesAfter(hay: string, h: number, needle: string, n: number): boolean {
	const rest = (s: string, i: number) => s.slice(i, i + AGAIN);
	const q = rest(needle, n + 1);
	if (q === '') return true;
	return (
		q === rest(hay, h + 1).slice(0, q.length) ||
		q === rest(hay, h).slice(0, q.length) ||
		rest(needle, n).slice(0, AGAIN) === rest(hay, h + 1).slice(0, AGAIN)
	);
}

/** Where the matching start of the quote is in the source: preferably where the texts agree again. */
function bestOccurrence(hay: string, needle: string, index: number): number {
	const prefix = needle.slice(0, index);
	const first = hay.indexOf(prefix);
	for (let at = first, tries = 0; at >= 0 && tries < 100; tries++) {
		if (resumesAfter(hay, at + index, needle, index)) return at;
		at = hay.indexOf(prefix, at + 1);
	}
	return first;
}

const NAMES: Record<number, string> = {
	0x0020: 'space',
	0x00a0: 'no-break space',
	0x00ad: 'soft hyphen',
	0x200b: 'zero width space',
	0x200c: 'zero width non-joiner',
	0x200d: 'zero width joiner',
	0x2060: 'word joiner',
	0xfeff: 'zero width no-break space'
};

const codePoint = (ch: string) =>
	`U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;

/** `’ (U+2019)`, or for a character that cannot be seen `U+200B (zero width space)`. */
export function nameChar(ch: string): string {
	const cp = ch.codePointAt(0) as number;
	const invisible = /[\p{C}\p{Z}]/u.test(ch);
	if (invisible) return `${codePoint(ch)} (${NAMES[cp] ?? 'an invisible character'})`;
	return `${ch} (${codePoint(ch)})`;
}

const charAt = (s: string, i: number) => String.fromCodePoint(s.codePointAt(i) as number);

/** The first difference between the quote and the source, or undefined if the quote is in it. */
export function firstDifference(source: string, quote: string): QuoteDifference | undefined {
	const hay = normalizeSpace(source);
	const needle = normalizeSpace(quote);
	if (needle === '' || hay.includes(needle)) return undefined;
	// The longest prefix found: found prefixes are closed under shortening, so bisect.
	let lo = 0;
	let hi = needle.length - 1;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (hay.includes(needle.slice(0, mid))) lo = mid;
		else hi = mid - 1;
	}
	let index = lo;
	// Never split a surrogate pair: step back to the start of the character.
	if (index > 0 && /[\uD800-\uDBFF]/.test(needle[index - 1] as string)) index--;
	const at = bestOccurrence(hay, needle, index);
	const sourceIndex = at + index;
	return {
		resumes: resumesAfter(hay, sourceIndex, needle, index),
		index,
		matched: (index > 40 ? '…' : '') + needle.slice(Math.max(0, index - 40), index),
		quoteChar: charAt(needle, index),
		...(sourceIndex < hay.length ? { sourceChar: charAt(hay, sourceIndex) } : {})
	};
}

/** The hint for a difference: `…, after "ketamine": ’ (U+2019) in the quote, ' (U+0027) in the source`. */
export function describeDifference(d: QuoteDifference): string {
	const where = `the quote differs from the source at character ${d.index + 1}, after "${d.matched}"`;
	const inSource = d.sourceChar
		? `${nameChar(d.sourceChar)} in the source`
		: 'the source ends there';
	return `${where}: ${nameChar(d.quoteChar)} in the quote, ${inSource}`;
}
