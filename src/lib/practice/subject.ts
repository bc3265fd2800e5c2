/** What the practice questions are drawn from, put together from an atlas (or a page's records). */
import type { Entity, Pathway } from '../model/atlas.ts';
import type { Kind } from '../schema/vocabulary.ts';
import type { CaptionRecords } from '../view/evidenceCaption.ts';
import type { Distractor, PracticeSubject } from './types.ts';

interface AtlasLike {
	pathways: readonly Pathway[];
	entities: Record<string, Entity>;
}

/** The nodes of every other pathway, one per entity, in the atlas's order. */
export function elsewhere(atlas: AtlasLike, pathway: Pathway): Distractor[] {
	const own = new Set(pathway.nodes.map((n) => n.entity));
	const found = new Map<string, Distractor>();
	for (const p of atlas.pathways)
		for (const n of p.nodes) {
			const entity = atlas.entities[n.entity];
			if (own.has(n.entity) || found.has(n.entity) || !entity) continue;
			const zh = n.zh ? { zh: n.zh } : {};
			found.set(n.entity, { entity: n.entity, label: n.label, ...zh, kind: entity.kind });
		}
	return [...found.values()];
}

export function practiceSubject(
	pathway: Pathway,
	records: CaptionRecords,
	kinds: Iterable<readonly [string, Kind]>,
	others: readonly Distractor[]
): PracticeSubject {
	return { pathway, records, kinds: new Map(kinds), elsewhere: others };
}

/** Each node's kind from its entity. */
export const kindsOf = (pathway: Pathway, entities: Record<string, Entity>) =>
	pathway.nodes.flatMap((n): [string, Kind][] => {
		const e = entities[n.entity];
		return e ? [[n.id, e.kind]] : [];
	});
