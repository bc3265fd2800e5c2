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

/**
 * Of each kind, the most other pathways' nodes a pathway's pages carry as wrong answers: more
 * than a question offers, and few enough that a page's weight does not grow with the atlas.
 */
export const WRONG_ANSWERS_PER_KIND = 16;

/**
 * The other pathways: some of their nodes (one per entity, in the atlas's order, at most
 * WRONG_ANSWERS_PER_KIND of each kind) and, once each, what they say that a question on this
 * pathway can ask about (askedBy).
 */
export function elsewhere(atlas: AtlasLike, pathway: Pathway): Elsewhere {
	const nodes = elsewhereNodes(atlas, pathway);
	const others = atlas.pathways.filter((p) => p.id !== pathway.id).flatMap(linksOf);
	return { nodes, links: elsewhereLinks(pathway, nodes, others) };
}

/** The other pathways' nodes a question may offer as wrong answers (see elsewhere). */
export function elsewhereNodes(atlas: AtlasLike, pathway: Pathway): Distractor[] {
	const others = atlas.pathways.filter((p) => p.id !== pathway.id);
	return otherNodes(others, atlas.entities, new Set(pathway.nodes.map((n) => n.entity)));
}

/** Of the other pathways' links, once each, those a question on the pathway can ask about. */
export function elsewhereLinks(
	pathway: Pathway,
	nodes: readonly Distractor[],
	others: readonly string[]
): string[] {
	const named = new Set([...pathway.nodes, ...nodes].map((n) => n.entity));
	return [...new Set(others.filter(askedBy(pathway, named)))];
}

/** Every pathway's links, in the atlas's order: what a practice page reads the others' from. */
export const atlasLinks = (atlas: AtlasLike): [string, string[]][] =>
	atlas.pathways.map((p) => [p.id, linksOf(p)]);

/**
 * The links a question on the pathway looks up, whether an option is true elsewhere: another
 * relation between an arrow's two ends (relationQuestion), or another partner, among the
 * options (`named`), for an arrow's end and relation (nextQuestion).
 */
function askedBy(pathway: Pathway, named: ReadonlySet<string>): (link: string) => boolean {
	const [pairs, fromRelation, relationTo] = [
		new Set<string>(),
		new Set<string>(),
		new Set<string>()
	];
	for (const link of linksOf(pathway)) {
		const [source, relation, target] = link.split(' ');
		pairs.add(`${source} ${target}`);
		fromRelation.add(`${source} ${relation}`);
		relationTo.add(`${relation} ${target}`);
	}
	return (link) => {
		const [source = '', relation = '', target = ''] = link.split(' ');
		return (
			pairs.has(`${source} ${target}`) ||
			(fromRelation.has(`${source} ${relation}`) && named.has(target)) ||
			(relationTo.has(`${relation} ${target}`) && named.has(source))
		);
	};
}

function otherNodes(
	others: readonly Pathway[],
	entities: ReadonlyMap<string, Entity>,
	own: ReadonlySet<string>
): Distractor[] {
	const found = new Map<string, Distractor>();
	const perKind = new Map<string, number>();
	for (const p of others)
		for (const n of p.nodes) {
			const entity = entities.get(n.entity);
			if (own.has(n.entity) || found.has(n.entity) || !entity) continue;
			const count = perKind.get(entity.kind) ?? 0;
			if (count >= WRONG_ANSWERS_PER_KIND) continue;
			perKind.set(entity.kind, count + 1);
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
