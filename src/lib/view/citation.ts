/** How a source or reference is cited in the interface and in exports. */
import type { Bibliographic } from '../model/atlas.ts';

export function authorsShort(authors: string[] | undefined): string | undefined {
	if (!authors?.length) return undefined;
	const named = authors.filter((a) => a !== 'et al.');
	if (named.length === 1) return named[0];
	if (named.length === 2 && authors.length === 2) return `${named[0]} & ${named[1]}`;
	return `${named[0]} et al.`;
}

/** "Niciu MJ et al. (2014) Annu Rev Pharmacol Toxicol" */
export function shortCitation(r: Bibliographic): string {
	const who = authorsShort(r.authors);
	const parts = [who, r.year ? `(${r.year})` : undefined, r.journal].filter(Boolean);
	return parts.length ? parts.join(' ') : r.title;
}

/** "Annu Rev Pharmacol Toxicol 2014;54(2):119-39" as far as the record goes. */
export function journalLine(r: Bibliographic): string {
	const vol = r.volume
		? `${r.volume}${r.issue ? `(${r.issue})` : ''}${r.pages ? `:${r.pages}` : ''}`
		: (r.pages ?? '');
	return [r.journal, [r.year, vol].filter(Boolean).join(';')].filter(Boolean).join(' ');
}

export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
export const pmcUrl = (pmcid: string) => `https://www.ncbi.nlm.nih.gov/pmc/articles/${pmcid}/`;

export const isUnverified = (r: Bibliographic, field: keyof Bibliographic) =>
	r.unverified.includes(field);

/** A record's citation as the details panel shows it: the short form and its links. */
export interface CitationLinks {
	short: string;
	pubmed?: string;
	doi?: string;
}

export const citationLinks = (r: Bibliographic): CitationLinks => ({
	short: shortCitation(r),
	...(r.pmid ? { pubmed: pubmedUrl(r.pmid) } : {}),
	...(r.doi ? { doi: doiUrl(r.doi) } : {})
});
