/**
 * The reference list of a lecture (handout and the deck's last slide): every source and reference
 * record the pathway cites, and no other, sources first, as one line of text each, formatted as the
 * figure footer formats it.
 */
import type { Language } from '../i18n/languages.ts';
import type { Bibliographic, Pathway } from '../model/atlas.ts';
import { referenceText } from '../render/referenceText.ts';
import { citationWord, UNCONFIRMED_MARK } from '../view/citation.ts';

export interface ReferenceRecords {
	sources: ReadonlyMap<string, Bibliographic>;
	references: ReadonlyMap<string, Bibliographic>;
}

/** One record as a line, marked once if a detail is unconfirmed. */
export const referenceLine = (r: Bibliographic, lang: Language = 'en'): string =>
	referenceText(r, lang, UNCONFIRMED_MARK).text;

/** The note under a list of `lines` that explains the mark, if any line carries it. */
export const unconfirmedNote = (lines: string[], lang: Language): string | undefined =>
	lines.some((l) => l.endsWith(` ${UNCONFIRMED_MARK}`))
		? `${UNCONFIRMED_MARK} ${citationWord('unconfirmed', lang)}`
		: undefined;

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
