/**
 * The reference list of a lecture (handout and the deck's last slide): every source and reference
 * record the pathway cites, sources first, as one line of text each. Details the source page does
 * not give are marked, as everywhere else.
 */
import type { Bibliographic } from '../model/atlas.ts';
import { isUnverified, journalLine } from '../view/citation.ts';

export interface ReferenceRecords {
	sources: Record<string, Bibliographic>;
	references: Record<string, Bibliographic>;
}

export function referenceLine(r: Bibliographic): string {
	const authors = r.authors?.length
		? `${r.authors.join(', ')}${isUnverified(r, 'authors') ? ' (authors not on the source page)' : ''}.`
		: undefined;
	const ids = [r.pmid && `PMID ${r.pmid}`, r.doi && `doi:${r.doi}`].filter(Boolean).join('. ');
	const parts = [authors, `${r.title}.`, journalLine(r) && `${journalLine(r)}.`, ids && `${ids}.`];
	return parts.filter(Boolean).join(' ');
}

export function lectureReferences(records: ReferenceRecords): string[] {
	return [...Object.values(records.sources), ...Object.values(records.references)].map(
		referenceLine
	);
}
