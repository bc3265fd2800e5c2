/**
 * A text taken from the words a curator selected in a source, as a start to edit: a name (an
 * entity's, a compartment's or a hypothesis's label) or a sentence (a summary, a description, a
 * narration). The source's own characters are kept ("Mg2+", "Cl−", Greek letters); only the edges
 * are tidied.
 */

/** Punctuation a selection may end on that a text does not keep ("+" and "−" are charges). */
const TRAILING = /[\s.,;:!?–—]+$/u;
const LEADING = /^[\s,;:–—]+/u;
const ARTICLE = /^(a|an|the)\s+(?=\S)/iu;

/** A first word wholly in lower case gets a capital ("layer 5" → "Layer 5"; "mTOR", "β-arrestin" kept). */
function capitalised(text: string): string {
	const word = text.match(/^\S+/u)?.[0] ?? '';
	const lower = /^[a-z]/.test(word) && word === word.toLocaleLowerCase();
	return lower ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** A label from the words: no leading article, no closing punctuation. */
export function nameFromWords(words: string): string {
	const bare = words.replace(LEADING, '').replace(TRAILING, '');
	return capitalised(bare.replace(ARTICLE, ''));
}

/** A sentence from the words: a capital first, a full stop last unless it ends as one. */
export function sentenceFromWords(words: string): string {
	const bare = words.replace(LEADING, '').replace(/[\s,;:–—]+$/u, '');
	if (!bare) return '';
	return capitalised(/[.!?]$/u.test(bare) ? bare : `${bare}.`);
}
