/**
 * The pseudo-locale (as Android's en-XA and Windows' qps-ploc): English with its letters accented,
 * a third longer, between markers, `⟦Şŧḗƥ 2 ǿƒ 5 ···⟧`. Text on a page or in a file that is not
 * between markers did not go through a language's table: untranslated. Tests only.
 */

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ';
const accent = (letter: string): string => ACCENTED[PLAIN.indexOf(letter)] ?? letter;

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';
/** How much longer a pseudo-localized text is than its English, as translations often are. */
const GROWTH = 0.3;

/** Letters accented; a `{placeholder}` kept as it is, since code fills it in. */
const accented = (text: string): string =>
	text.replace(/\{[^}]*\}|[A-Za-z]/g, (m) => (m.length > 1 ? m : accent(m)));

/** Words of padding, as long as a word of the text may be, so the text still wraps where it did. */
const PADDING_WORD = 6;

/** The text a third longer: a space and words of `·` after it, between the markers. */
function marked(text: string, letters: number): string {
	const dots = '·'.repeat(Math.ceil(letters * GROWTH));
	const words = dots.match(new RegExp(`·{1,${PADDING_WORD}}`, 'g')) ?? [];
	return `${PSEUDO_OPEN}${text} ${words.join(' ')}${PSEUDO_CLOSE}`;
}

/** A text in the pseudo-locale; one with no letter to translate ("→", "") stays as it is. */
export const pseudoLocalize = (text: string): string =>
	/[A-Za-z]/.test(text) ? marked(accented(text), text.length) : text;

/**
 * What a phrase-making function says in the pseudo-locale: its words accented and marked, the
 * values it was given (numbers, curated text) kept as they came.
 */
function pseudoPhrase(said: string, given: readonly unknown[]): string {
	const kept = given
		.map(String)
		.filter((v) => v.length > 1 || /\d/.test(v))
		.sort((a, b) => b.length - a.length)
		.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	if (!/[A-Za-z]/.test(said)) return said;
	const parts = kept.length ? said.split(new RegExp(`(${kept.join('|')})`)) : [said];
	const own = parts.filter((_, i) => i % 2 === 0).join('');
	return marked(parts.map((p, i) => (i % 2 ? p : accented(p))).join(''), own.length);
}

/** A table of a language's words (strings, phrase-making functions, nested tables) made from English. */
export function pseudoTexts<T>(english: T): T {
	if (typeof english === 'string') return pseudoLocalize(english) as T;
	if (typeof english === 'function')
		return ((...given: unknown[]) => {
			const said: unknown = english(...given);
			return typeof said === 'string' ? pseudoPhrase(said, given) : pseudoTexts(said);
		}) as T;
	if (Array.isArray(english)) return english.map(pseudoTexts) as T;
	if (english && typeof english === 'object')
		return Object.fromEntries(
			Object.entries(english).map(([key, value]) => [key, pseudoTexts(value)])
		) as T;
	return english;
}
