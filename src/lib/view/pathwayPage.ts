/** What a pathway page needs from the atlas: the pathway and the records it cites. */
import type { Atlas, Entity, Pathway, Reference, Source } from '../model/atlas.ts';
import { isQuoted } from '../model/atlas.ts';

export interface PathwayPageData {
	pathway: Pathway;
	entities: Map<string, Entity>;
	sources: Map<string, Source>;
	references: Map<string, Reference>;
}

function pick<T>(all: ReadonlyMap<string, T>, ids: Iterable<string>): Map<string, T> {
	return new Map(
		[...new Set(ids)].flatMap((id) => {
			const found = all.get(id);
			return found ? [[id, found] as const] : [];
		})
	);
}

export function pathwayPageData(atlas: Atlas, pathway: Pathway): PathwayPageData {
	const cited = [...(pathway.hypotheses ?? []), ...pathway.nodes, ...pathway.edges];
	const evidence = cited.flatMap((el) => el.evidence);
	return {
		pathway,
		entities: pick(
			atlas.entities,
			pathway.nodes.map((n) => n.entity)
		),
		sources: pick(
			atlas.sources,
			evidence.filter(isQuoted).map((e) => e.source)
		),
		references: pick(
			atlas.references,
			evidence.flatMap((e) => (isQuoted(e) ? [] : [e.reference]))
		)
	};
}

export function pathwayCounts(p: Pathway) {
	const evidence = [...p.nodes, ...p.edges].flatMap((el) => el.evidence);
	return {
		nodes: p.nodes.length,
		edges: p.edges.length,
		steps: p.steps.length,
		sources: [...new Set(evidence.filter(isQuoted).map((e) => e.source))]
	};
}
