/**
 * A record as one reference-list entry, as the figure footer, the handout and the deck's last
 * slide list it: authors, title, journal, year, volume, PMID, DOI. A record with a detail its
 * page does not confirm ends with one mark (`mark`), which the list explains once below itself.
 */
import type { Language } from '../i18n/languages.ts';
import type { Bibliographic } from '../model/atlas.ts';
import { citationWord, hasUnconfirmed, journalLine } from '../view/citation.ts';

const MAX_AUTHORS = 6;

const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

function authorList(r: Bibliographic, lang: Language): string {
	if (!r.authors?.length) return citationWord('noAuthors', lang);
	const named = r.authors.slice(0, MAX_AUTHORS).join(', ');
	return r.authors.length > MAX_AUTHORS ? `${named}, et al.` : named;
}

export function referenceText(
	r: Bibliographic,
	lang: Language,
	mark: string
): { text: string; unconfirmed: boolean } {
	const ids = [r.pmid && `PMID ${r.pmid}`, r.doi && `doi:${r.doi}`].filter(Boolean).join('. ');
	const parts = [authorList(r, lang), r.title, journalLine(r), ids].filter(Boolean);
	const unconfirmed = hasUnconfirmed(r);
	const text = parts.map(sentence).join(' ') + (unconfirmed ? ` ${mark}` : '');
	return { text, unconfirmed };
}
