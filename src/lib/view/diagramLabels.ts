/** Labels as the diagram draws them: nodes' wrapped by the layout's measure, edges' verbs. */
import type { Language } from '../i18n/languages.ts';
import type { Entity, Pathway } from '../model/atlas.ts';
import { RELATION_WORDS } from '../i18n/vocabulary/relations.ts';
import { labelLines } from '../layout/nodeSize.ts';
import { nodeLabel } from './labels.ts';
import { pick } from '../i18n/localized.ts';
import { idTable } from '../model/ids.ts';

/**
 * Every node's label as the diagram draws it, in the reader's language and wrapped into lines,
 * every compartment's, and every edge's verb, drawn when the reader asks for verbs (nodes,
 * compartments and edges share one id space).
 */
export function diagramLabels(
	pathway: Pathway,
	entities: ReadonlyMap<string, Entity>,
	lang: Language
): Record<string, string> {
	return idTable([
		...pathway.compartments.map((c) => [c.id, pick(c.label, lang)] as const),
		...pathway.nodes.map(
			(n) =>
				[n.id, labelLines(nodeLabel(n, lang), entities.get(n.entity)!.kind).join('\n')] as const
		),
		...pathway.edges.map((e) => [e.id, RELATION_WORDS[e.relation][lang]] as const)
	]);
}
