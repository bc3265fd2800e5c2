/** What a source page needs: the record, its sentences, and the elements citing each one. */
import type { Atlas, Source } from '../model/atlas.ts';
import { isQuoted } from '../model/atlas.ts';
import { relationWords } from './labels.ts';

export interface Citer {
	pathway: string;
	pathwayTitle: string;
	element: string;
	label: string;
}

export function citersBySentence(atlas: Atlas, sourceId: string): Record<number, Citer[]> {
	const out: Record<number, Citer[]> = {};
	for (const p of atlas.pathways) {
		const labelOf = (id: string) => p.nodes.find((n) => n.id === id)?.label ?? id;
		const elements = [
			...p.nodes.map((n) => ({ id: n.id, label: n.label, evidence: n.evidence })),
			...p.edges.map((e) => ({
				id: e.id,
				label: `${labelOf(e.source)} ${relationWords(e.relation, 'en')} ${labelOf(e.target)}`,
				evidence: e.evidence
			}))
		];
		for (const el of elements) {
			const ns = new Set(
				el.evidence
					.filter(isQuoted)
					.filter((e) => e.source === sourceId)
					.flatMap((e) => e.sentences)
			);
			for (const n of ns)
				(out[n] ??= []).push({
					pathway: p.id,
					pathwayTitle: p.title,
					element: el.id,
					label: el.label
				});
		}
	}
	return out;
}

export function sourcePageData(atlas: Atlas, source: Source) {
	return { source, citers: citersBySentence(atlas, source.id) };
}
