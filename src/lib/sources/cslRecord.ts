/** CSL-JSON items (what Citation.js reads RIS and BibTeX into, and Crossref's shape) as records. */
import { flattenMarkup } from '../text/flattenMarkup.ts';
import { authorName, bareDoi, compact, yearIn, type ReadRecord } from './record.ts';

export interface CslName {
	family?: string;
	given?: string;
	literal?: string;
	name?: string;
	suffix?: string;
	'non-dropping-particle'?: string;
}

export interface CslItem {
	title?: string | string[];
	author?: CslName[];
	'container-title'?: string | string[];
	'container-title-short'?: string | string[];
	'short-container-title'?: string | string[];
	journalAbbreviation?: string;
	issued?: { 'date-parts'?: (number | string)[][]; raw?: string; literal?: string };
	volume?: string | number;
	issue?: string | number;
	page?: string | number;
	PMID?: string | number;
	PMCID?: string;
	DOI?: string;
	URL?: string;
	abstract?: string;
}

/** Crossref gives titles as lists; CSL as strings. */
function one(value: string | number | string[] | undefined): string | undefined {
	const v = Array.isArray(value) ? value[0] : value;
	if (v === undefined) return undefined;
	return flattenMarkup(String(v)) || undefined;
}

function nameOf(n: CslName): string | undefined {
	const literal = n.literal ?? n.name;
	if (literal) return flattenMarkup(literal);
	if (!n.family) return undefined;
	const family = [n['non-dropping-particle'], n.family].filter((p) => p).join(' ');
	return authorName(family, n.given, n.suffix);
}

function yearOf(issued: CslItem['issued']): number | undefined {
	const first = issued?.['date-parts']?.[0]?.[0];
	return yearIn(first === undefined ? (issued?.raw ?? issued?.literal) : String(first));
}

export function cslToRecord(item: CslItem): ReadRecord {
	const pmcid = one(item.PMCID);
	return compact({
		title: one(item.title),
		authors: (item.author ?? []).map(nameOf).filter((n): n is string => n !== undefined),
		journal:
			one(item['container-title-short']) ??
			one(item['short-container-title']) ??
			one(item.journalAbbreviation) ??
			one(item['container-title']),
		year: yearOf(item.issued),
		volume: one(item.volume),
		issue: one(item.issue),
		pages: one(item.page),
		pmid: one(item.PMID),
		pmcid: pmcid && (pmcid.startsWith('PMC') ? pmcid : `PMC${pmcid}`),
		doi: bareDoi(item.DOI),
		url: item.URL?.trim() || undefined,
		text: item.abstract === undefined ? undefined : flattenMarkup(item.abstract) || undefined
	});
}
