/** What the practice questions are drawn from, put together from an atlas (or a page's records). */
import type { Entity, Pathway } from '../model/atlas.ts';
import type { Kind } from '../schema/vocabulary.ts';
import type { CaptionRecords } from '../view/evidenceCaption.ts';
import type { Distractor, Elsewhere, PracticeSubject } from './types.ts';

interface AtlasLike {
	pathways: readonly Pathway[];
	entities: ReadonlyMap<string, Entity>;
}

/** `<entity> <relation> <entity>`: what an arrow says, whichever pathway draws it. */
export const linkKey = (source: string, relation: string, target: string) =>
	`${source} ${relation} ${target}`;

/** What the pathway's arrows say, in entity terms. */
export function linksOf(p: Pathway): string[] {
	const entity = new Map(p.nodes.map((n) => [n.id, n.entity]));
	return p.edges.map((e) =>
		linkKey(entity.get(e.source) ?? e.source, e.relation, entity.get(e.target) ?? e.target)
	);
}

/** The other pathways: their nodes (one per entity, in the atlas's order) and what they say. */
export function elsewhere(atlas: AtlasLike, pathway: Pathway): Elsewhere {
	const others = atlas.pathways.filter((p) => p.id !== pathway.id);
	return { nodes: otherNodes(others, atlas.entities, pathway), links: others.flatMap(linksOf) };
}

function otherNodes(
	others: readonly Pathway[],
	entities: ReadonlyMap<string, Entity>,
	pathway: Pathway
): Distractor[] {
	const own = new Set(pathway.nodes.map((n) => n.entity));
	const found = new Map<string, Distractor>();
	for (const p of others)
		for (const n of p.nodes) {
			const entity = entities.get(n.entity);
			if (own.has(n.entity) || found.has(n.entity) || !entity) continue;
			found.set(n.entity, { entity: n.entity, label: n.label, kind: entity.kind });
		}
	return [...found.values()];
}

export function practiceSubject(
	pathway: Pathway,
	records: CaptionRecords,
	kinds: Iterable<readonly [string, Kind]>,
	others: Elsewhere
): PracticeSubject {
	const links = new Set([...linksOf(pathway), ...others.links]);
	return { pathway, records, kinds: new Map(kinds), elsewhere: others, links };
}

/** Each node's kind from its entity. */
export const kindsOf = (pathway: Pathway, entities: ReadonlyMap<string, Entity>) =>
	pathway.nodes.flatMap((n): [string, Kind][] => {
		const e = entities.get(n.entity);
		return e ? [[n.id, e.kind]] : [];
	});
