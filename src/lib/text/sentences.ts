/**
 * One deterministic sentence splitter for every source text, English and Chinese.
 * A sentence ends at . ! ? (plus closing quotes or brackets) followed by white space,
 * or at a CJK full stop. A full stop does not end a sentence after a known
 * abbreviation ("et al.", "e.g.", "Am. J."), a single initial, or inside a number.
 */

export interface Sentence {
	/** 1-based number, as in the `#s<n>` anchors. */
	n: number;
	text: string;
	/** Character range of `text` in the source text, end exclusive. */
	start: number;
	end: number;
}

const ABBREVIATIONS = new Set([
	'al',
	'e.g',
	'i.e',
	'etc',
	'cf',
	'vs',
	'viz',
	'approx',
	'ca',
	'fig',
	'figs',
	'no',
	'nos',
	'vol',
	'pp',
	'p',
	'dr',
	'mr',
	'mrs',
	'ms',
	'prof',
	'st',
	'jr',
	'sr',
	'inc',
	'ltd',
	'co',
	'am',
	'j',
	'psychiatr',
	'serv',
	'clin',
	'ther',
	'rev',
	'res',
	'sci',
	'med',
	'neurosci',
	'pharmacol',
	'biol',
	'proc',
	'natl',
	'acad',
	'gen',
	'arch',
	'eur',
	'int',
	'mol',
	'behav',
	'psychopharmacol',
	'curr',
	'opin',
	'nat',
	'ann',
	'annu',
	'br',
	'engl',
	'n'
]);

const LATIN_END = /[.!?]["'”’)\]]*(?=\s)/g;
const CJK_END = /[。！？]["'”’）)\]]*/g;

function wordBefore(text: string, dot: number): string {
	let i = dot;
	while (i > 0 && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
	return text.slice(i, dot).replace(/^\.+/, '');
}

function endsSentence(text: string, dot: number): boolean {
	if (text[dot] !== '.') return true;
	const word = wordBefore(text, dot);
	if (word === '') return true;
	if (ABBREVIATIONS.has(word.toLowerCase())) return false;
	// A single capital letter is an initial ("Su TP." is not; "A. Smith" is).
	if (/^[A-Z]$/.test(word)) return false;
	return true;
}

function boundaries(text: string): number[] {
	const ends: number[] = [];
	for (const m of text.matchAll(LATIN_END)) {
		if (endsSentence(text, m.index)) ends.push(m.index + m[0].length);
	}
	for (const m of text.matchAll(CJK_END)) ends.push(m.index + m[0].length);
	return ends.sort((a, b) => a - b);
}

export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	let from = 0;
	for (const end of [...boundaries(text), text.length]) {
		const raw = text.slice(from, end);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		if (body !== '') {
			const start = from + lead;
			sentences.push({ n: sentences.length + 1, text: body, start, end: start + body.length });
		}
		from = end;
	}
	return sentences;
}
