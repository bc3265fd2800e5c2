/** What a source page needs: the record, its sentences, and the elements citing each one. */
import type { Language } from '../i18n/languages.ts';
import type { Atlas, Source } from '../model/atlas.ts';
import { isQuoted } from '../model/atlas.ts';
import { elementTitle } from './labels.ts';
import { pick } from '../i18n/localized.ts';

export interface Citer {
	pathway: string;
	pathwayTitle: string;
	element: string;
	label: string;
}

/** Each sentence's citing elements, named (with their pathways) in the reader's language. */
export function citersBySentence(
	atlas: Atlas,
	sourceId: string,
	lang: Language
): Record<number, Citer[]> {
	const out: Record<number, Citer[]> = {};
	for (const p of atlas.pathways) {
		const named = { pathway: p, entities: atlas.entities };
		for (const el of [...p.nodes, ...p.edges]) {
			const ns = new Set(
				el.evidence
					.filter(isQuoted)
					.filter((e) => e.source === sourceId)
					.flatMap((e) => e.sentences)
			);
			for (const n of ns)
				(out[n] ??= []).push({
					pathway: p.id,
					pathwayTitle: pick(p.title, lang),
					element: el.id,
					label: elementTitle(el.id, named, lang)
				});
		}
	}
	return out;
}

export interface CitingPathway {
	pathway: string;
	pathwayTitle: string;
	elements: { element: string; label: string }[];
}

/** A sentence's citers, each pathway named once: a compact "Cited by". */
export function byPathway(citers: Citer[]): CitingPathway[] {
	const groups = new Map<string, CitingPathway>();
	for (const { pathway, pathwayTitle, element, label } of citers) {
		const group = groups.get(pathway) ?? { pathway, pathwayTitle, elements: [] };
		group.elements.push({ element, label });
		groups.set(pathway, group);
	}
	return [...groups.values()];
}

export function sourcePageData(atlas: Atlas, source: Source, lang: Language) {
	return { source, citers: citersBySentence(atlas, source.id, lang) };
}
