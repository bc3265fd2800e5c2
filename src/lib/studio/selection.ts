/** From what the curator selected in a source's sentences to a span of the source text. */

export interface SentenceSpan {
	/** Where the sentence starts in the source text. */
	start: number;
	text: string;
}

export interface Point {
	sentence: SentenceSpan;
	/** Offset in the sentence's text. */
	offset: number;
}

const WORD = /[\p{L}\p{N}]/u;
/** A charge written after a word ("Mg2+", "Cl−") belongs to it. */
const CHARGE = /[+\-−]/u;

/** Widens a span to whole words, and narrows it past white space at its edges. */
export function snapToWords(text: string, start: number, end: number): [number, number] {
	while (start < end && /\s/.test(text[start] ?? '')) start++;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	while (start > 0 && WORD.test(text[start - 1] ?? '') && WORD.test(text[start] ?? '')) start--;
	while (end < text.length && WORD.test(text[end] ?? '') && WORD.test(text[end - 1] ?? '')) end++;
	return [start, withCharge(text, end)];
}

function withCharge(text: string, end: number): number {
	const ends = end >= text.length || !WORD.test(text[end + 1] ?? '');
	const charged = WORD.test(text[end - 1] ?? '') && CHARGE.test(text[end] ?? '') && ends;
	return charged ? end + 1 : end;
}

/** The span of the source text between two points of a selection, in reading order. */
export function spanBetween(text: string, a: Point, b: Point): [number, number] | undefined {
	const x = a.sentence.start + a.offset;
	const y = b.sentence.start + b.offset;
	const [start, end] = snapToWords(text, Math.min(x, y), Math.max(x, y));
	return end > start ? [start, end] : undefined;
}

/** Words `from` to `to` (1-based, inclusive) of a sentence: the keyboard's way to select. */
export function wordSpan(
	sentence: SentenceSpan,
	from: number,
	to: number
): [number, number] | undefined {
	const words = [...sentence.text.matchAll(/\S+/g)];
	const first = words[Math.min(from, to) - 1];
	const last = words[Math.max(from, to) - 1];
	if (!first || !last || first.index === undefined || last.index === undefined) return undefined;
	return [sentence.start + first.index, sentence.start + last.index + last[0].length];
}

/** Catalogue entries matching a query on id, label or synonym; best first. */
export function searchCatalogue<T extends { id: string; label: string; synonyms: string[] }>(
	entries: T[],
	query: string,
	limit = 12
): T[] {
	const q = query.trim().toLocaleLowerCase();
	if (!q) return entries.slice(0, limit);
	const score = (e: T) => {
		const terms = [e.label, e.id, ...e.synonyms].map((t) => t.toLocaleLowerCase());
		if (terms.some((t) => t === q)) return 0;
		if (terms.some((t) => t.startsWith(q))) return 1;
		return terms.some((t) => t.includes(q)) ? 2 : 3;
	};
	return entries
		.map((e) => ({ e, s: score(e) }))
		.filter((x) => x.s < 3)
		.sort((a, b) => a.s - b.s || a.e.label.localeCompare(b.e.label))
		.slice(0, limit)
		.map((x) => x.e);
}

/** A name compared loosely: case, spacing and a plural "s" of the last word aside. */
const nameKey = (name: string): string =>
	name
		.trim()
		.toLocaleLowerCase()
		.replace(/\s+/gu, ' ')
		.replace(/(\p{L}{3,})s$/u, '$1');

/**
 * The catalogue entry a new entity's label already names (its label, id or a synonym), so the
 * curator adds it rather than making a second entity for the same thing.
 */
export function alreadyNamed<T extends { id: string; label: string; synonyms: string[] }>(
	entries: T[],
	label: string
): T | undefined {
	const key = nameKey(label);
	if (!key) return undefined;
	return entries.find((e) => [e.label, e.id, ...e.synonyms].some((n) => nameKey(n) === key));
}

export interface MarkedSentence {
	n: number;
	before: string;
	quoted: string;
	after: string;
}

/** The sentences a quote spans, each cut where the quote starts and ends in it. */
export function markedSentences(
	sentences: { n: number; start: number; text: string }[],
	start: number,
	end: number
): MarkedSentence[] {
	return sentences
		.filter((s) => s.start < end && s.start + s.text.length > start)
		.map((s) => {
			const from = Math.max(start - s.start, 0);
			const to = Math.min(end - s.start, s.text.length);
			return {
				n: s.n,
				before: s.text.slice(0, from),
				quoted: s.text.slice(from, to),
				after: s.text.slice(to)
			};
		});
}
