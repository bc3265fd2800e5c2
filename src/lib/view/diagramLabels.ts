/** Node labels as the diagram draws them, wrapped into lines by the layout's measure. */
import type { Language } from '../i18n/languages.ts';
import type { Entity, Pathway } from '../model/atlas.ts';
import { labelLines } from '../layout/nodeSize.ts';
import { nodeLabel } from './labels.ts';
import { textIn } from './localText.ts';
import { idTable } from '../model/ids.ts';

/**
 * Every node's label as the diagram draws it, in the reader's language and wrapped into lines,
 * and every compartment's (compartments and nodes share one id space).
 */
export function diagramLabels(
	pathway: Pathway,
	entities: ReadonlyMap<string, Entity>,
	lang: Language
): Record<string, string> {
	return idTable([
		...pathway.compartments.map((c) => [c.id, textIn(lang, c.label, c.zh)] as const),
		...pathway.nodes.map((n) => [n.id, labelLines(nodeLabel(n, lang)).join('\n')] as const)
	]);
}
