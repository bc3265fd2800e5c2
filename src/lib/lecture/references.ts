/**
 * The reference list of a lecture (handout and the deck's last slide): every source and reference
 * record the pathway cites, and no other, sources first, as one line of text each. Details the
 * source page does not give are marked, as everywhere else.
 */
import type { Language } from '../i18n/languages.ts';
import { translate } from '../i18n/strings.ts';
import type { Bibliographic, Pathway } from '../model/atlas.ts';
import { isUnverified, journalLine } from '../view/citation.ts';

export interface ReferenceRecords {
	sources: ReadonlyMap<string, Bibliographic>;
	references: ReadonlyMap<string, Bibliographic>;
}

/** One record as a line; `lang` words the note on authors the source page does not give. */
export function referenceLine(r: Bibliographic, lang: Language = 'en'): string {
	const names = r.authors?.join(', ') ?? '';
	const unverified = ` (${translate(lang, 'unverifiedAuthors')}).`;
	// "et al." ends with its own full stop
	const authors = names
		? `${names}${isUnverified(r, 'authors') ? unverified : names.endsWith('.') ? '' : '.'}`
		: undefined;
	const ids = [r.pmid && `PMID ${r.pmid}`, r.doi && `doi:${r.doi}`].filter(Boolean).join('. ');
	const parts = [authors, `${r.title}.`, journalLine(r) && `${journalLine(r)}.`, ids && `${ids}.`];
	return parts.filter(Boolean).join(' ');
}

/** The ids of the sources and of the references the pathway's evidence cites. */
function citedIds(pathway: Pathway): { sources: Set<string>; references: Set<string> } {
	const evidence = [...pathway.nodes, ...pathway.edges].flatMap((el) => el.evidence);
	return {
		sources: new Set(evidence.flatMap((e) => (e.support === 'background' ? [] : [e.source]))),
		references: new Set(evidence.flatMap((e) => (e.support === 'background' ? [e.reference] : [])))
	};
}

export function lectureReferences(
	pathway: Pathway,
	records: ReferenceRecords,
	lang: Language = 'en'
): string[] {
	const cited = citedIds(pathway);
	const pick = (all: ReadonlyMap<string, Bibliographic>, ids: Set<string>) =>
		[...all].flatMap(([id, r]) => (ids.has(id) ? [r] : []));
	return [
		...pick(records.sources, cited.sources),
		...pick(records.references, cited.references)
	].map((r) => referenceLine(r, lang));
}
