/** Labels in the reader's language: the curated zh term where there is one. */
import { pick } from '../i18n/localized.ts';
import { LANGUAGE_TRAITS, type Language } from '../i18n/languages.ts';
import type { Relation } from '../schema/vocabulary.ts';
import { RELATION_WORDS, relationBefore } from '../i18n/vocabulary/relations.ts';
import type { Entity, Pathway, PathwayEdge, PathwayNode } from '../model/atlas.ts';
import { elementIndex } from '../model/elementIndex.ts';

export const nodeLabel = (node: PathwayNode, lang: Language): string => pick(node.label, lang);

export const relationWords = (relation: string, lang: Language): string =>
	RELATION_WORDS[relation as Relation]?.[lang] ?? relation;

export function edgeSentence(
	edge: PathwayEdge,
	pathway: Pathway,
	entities: ReadonlyMap<string, Entity>,
	lang: Language
): string {
	const { nodes } = elementIndex(pathway);
	const label = (id: string) => {
		const node = nodes.get(id);
		return node ? nodeLabel(node, lang) : id;
	};
	const sep = LANGUAGE_TRAITS[lang].wordSpace;
	const target = label(edge.target);
	return [label(edge.source), relationBefore(edge.relation, target, lang), target].join(sep);
}

/** A node's label or an edge's sentence, by element id: what the outline and the page's links name. */
export function elementTitle(
	id: string,
	data: { pathway: Pathway; entities: ReadonlyMap<string, Entity> },
	lang: Language
): string {
	const p = data.pathway;
	const { nodes, edges } = elementIndex(p);
	const node = nodes.get(id);
	if (node) return nodeLabel(node, lang);
	const edge = edges.get(id);
	return edge ? edgeSentence(edge, p, data.entities, lang) : id;
}
