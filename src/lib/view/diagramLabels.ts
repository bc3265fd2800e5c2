/** Node labels as the diagram draws them, wrapped into lines by the layout's measure. */
import type { Language } from '../i18n/strings.ts';
import type { Entity, Pathway } from '../model/atlas.ts';
import { labelLines } from '../layout/nodeSize.ts';
import { nodeLabel } from './labels.ts';

/** Every node's label as the diagram draws it: in the reader's language, wrapped into lines. */
export function diagramLabels(
	pathway: Pathway,
	entities: Record<string, Entity>,
	lang: Language
): Record<string, string> {
	return Object.fromEntries(
		pathway.nodes.map((n) => [n.id, labelLines(nodeLabel(n, lang)).join('\n')])
	);
}
