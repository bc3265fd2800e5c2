/**
 * A laid-out pathway with its node labels in the reader's language, for the figures drawn at
 * build time (the pathway page's inline figure, the handout's). Node sizes already fit the label
 * in either language, so the geometry stays as laid out.
 */
import type { Language } from '../i18n/strings.ts';
import { labelLines } from '../layout/nodeSize.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import { nodeLabel } from './labels.ts';

export function laidOutIn(laid: LaidOutPathway, pathway: Pathway, lang: Language): LaidOutPathway {
	if (lang === 'en') return laid;
	const nodes = new Map(pathway.nodes.map((n) => [n.id, n]));
	return {
		...laid,
		nodes: laid.nodes.map((n) => {
			const node = nodes.get(n.id);
			if (!node) return n;
			const label = nodeLabel(node, lang);
			return { ...n, label, lines: labelLines(label) };
		})
	};
}
