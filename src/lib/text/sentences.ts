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

/** Abbreviations that never end a sentence, in any case. */
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
	'vol',
	'pp',
	'dr',
	'mr',
	'mrs',
	'ms',
	'prof',
	'jr',
	'sr',
	'inc',
	'ltd',
	'u.s',
	'u.k'
]);

/** Capitalised abbreviations (journal names, "No."): "no." and "am." in lower case end sentences. */
const CAPITALISED = new Set([
	'No',
	'Nos',
	'St',
	'Co',
	'Am',
	'J',
	'Psychiatr',
	'Serv',
	'Clin',
	'Ther',
	'Rev',
	'Res',
	'Sci',
	'Med',
	'Neurosci',
	'Pharmacol',
	'Biol',
	'Proc',
	'Natl',
	'Acad',
	'Gen',
	'Arch',
	'Eur',
	'Int',
	'Mol',
	'Behav',
	'Psychopharmacol',
	'Curr',
	'Opin',
	'Nat',
	'Ann',
	'Annu',
	'Br',
	'Engl',
	'N'
]);

const LATIN_END = /[.!?]["'”’)\]]*(?=\s)/g;
const CJK_END = /[。！？]["'”’）)\]]*/g;

function wordBefore(text: string, dot: number): string {
	let i = dot;
	while (i > 0 && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
	return text.slice(i, dot).replace(/^\.+/, '');
}

/** Words after which a single capital starts a name: "by J. Smith", "and A. Jones". */
const NAME_LEADS = new Set(['and', 'by', 'of', 'with', 'from', 'to', 'for', 'in', '&']);

/**
 * "A." is an initial after a capitalised word or another initial ("Su T. P.", "J. R. Smith")
 * or after a word that leads into a name; after any other lower-case word, as in
 * "protein kinase A. Then", it ends the sentence.
 */
function isInitial(text: string, dot: number): boolean {
	const before = text.slice(Math.max(0, dot - 40), dot - 1).trimEnd();
	const previous = before.split(/\s+/).pop() ?? '';
	return previous === '' || !/^[a-z]/.test(previous) || NAME_LEADS.has(previous);
}

function endsSentence(text: string, dot: number): boolean {
	if (text[dot] !== '.') return true;
	const word = wordBefore(text, dot);
	if (word === '') return true;
	if (ABBREVIATIONS.has(word.toLowerCase()) || CAPITALISED.has(word)) return false;
	// A single capital is an initial ("A. Smith", "Su T. P.") unless a lower-case word
	// precedes it, as in "protein kinase A. Then" or "vitamin D. Next".
	if (/^[A-Z]$/.test(word)) return !isInitial(text, dot);
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
