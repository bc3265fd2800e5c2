/**
 * A record as one reference-list entry: authors, title, journal, year, volume, DOI. A detail
 * the source page does not give is marked, as the interface marks it unverified: with an
 * asterisk, since the label font has no dagger.
 */
import type { Bibliographic } from '../model/atlas.ts';

export const UNVERIFIED_MARK = '*';
export const UNVERIFIED_NOTE = `${UNVERIFIED_MARK} Not given on the source page: the curator's attribution.`;

const MAX_AUTHORS = 6;

const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

export function referenceText(r: Bibliographic): { text: string; unverified: boolean } {
	let unverified = false;
	const mark = (field: keyof Bibliographic, text: string) => {
		if (!r.unverified.includes(field)) return text;
		unverified = true;
		return text + UNVERIFIED_MARK;
	};
	const parts: string[] = [];
	if (r.authors?.length) {
		const named = r.authors.slice(0, MAX_AUTHORS).join(', ');
		const more = r.authors.length > MAX_AUTHORS ? ', et al.' : '';
		parts.push(sentence(mark('authors', named + more)));
	}
	parts.push(sentence(mark('title', r.title)));
	const issue = [
		r.volume ? mark('volume', r.volume) : '',
		r.issue ? `(${mark('issue', r.issue)})` : '',
		r.pages ? `:${mark('pages', r.pages)}` : ''
	].join('');
	const when = [r.year ? mark('year', String(r.year)) : '', issue].filter(Boolean).join(';');
	const journal = [r.journal ? mark('journal', r.journal) : '', when].filter(Boolean).join(' ');
	if (journal) parts.push(sentence(journal));
	if (r.doi) parts.push(`doi:${mark('doi', r.doi)}`);
	else if (r.pmid) parts.push(`PMID ${mark('pmid', r.pmid)}`);
	return { text: parts.join(' '), unverified };
}
