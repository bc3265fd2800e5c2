/**
 * How a source or reference is cited in the interface and in exports. A reader sees a citation
 * as a student would write it: a detail the curators could not confirm on the record's page is
 * not spelled out inline (the record keeps that in `unverified` and `provenance`) but marked once
 * per record with UNCONFIRMED_MARK, explained by `citationWord('unconfirmed', lang)`.
 */
import { everyLanguage, inEach, type Language, type Texts } from '../i18n/languages.ts';
import type { Bibliographic } from '../model/atlas.ts';

const WORDS: Texts<{ noAuthors: string; unconfirmed: string }> = everyLanguage({
	en: {
		// as the NLM citation style writes it
		noAuthors: '[No authors listed]',
		unconfirmed: 'Some details of this reference are yet to be confirmed against the publication.'
	},
	zh: {
		noAuthors: '[作者不详]',
		unconfirmed: '此文献的部分信息尚待与原出版物核对。'
	}
});

export const citationWord = (key: keyof (typeof WORDS)['en'], lang: Language): string =>
	WORDS[lang][key];

export const UNCONFIRMED_MARK = '†';

/** Whether any detail of the record is not confirmed on its page: the record is marked once. */
export const hasUnconfirmed = (r: Pick<Bibliographic, 'unverified'>) => r.unverified.length > 0;

export function authorsShort(authors: string[] | undefined): string | undefined {
	if (!authors?.length) return undefined;
	const named = authors.filter((a) => a !== 'et al.');
	if (named.length === 1) return named[0];
	if (named.length === 2 && authors.length === 2) return `${named[0]} & ${named[1]}`;
	return `${named[0]} et al.`;
}

/** "Niciu MJ et al. (2014) Annu Rev Pharmacol Toxicol"; "[No authors listed] (2016) …" */
export function shortCitation(r: Bibliographic, lang: Language = 'en'): string {
	const who = authorsShort(r.authors) ?? citationWord('noAuthors', lang);
	return [who, r.year ? `(${r.year})` : undefined, r.journal].filter(Boolean).join(' ');
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

/** A record's citation as the details panel shows it: the short form in each language, its links. */
export interface CitationLinks {
	short: Texts<string>;
	unconfirmed: boolean;
	pubmed?: string;
	doi?: string;
}

export const citationLinks = (r: Bibliographic): CitationLinks => ({
	short: inEach((lang) => shortCitation(r, lang)),
	unconfirmed: hasUnconfirmed(r),
	...(r.pmid ? { pubmed: pubmedUrl(r.pmid) } : {}),
	...(r.doi ? { doi: doiUrl(r.doi) } : {})
});
