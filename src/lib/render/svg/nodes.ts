/** Nodes: a group per node with its shape, its label as real text, and a tooltip. */
import { KIND_NAMES } from '../../i18n/vocabulary/kinds.ts';
import { LANGUAGE_TRAITS, type Language } from '../../i18n/languages.ts';
import { TYPE } from '../../layout/font.ts';
import type { LaidOutNode } from '../../layout/types.ts';
import type { Theme } from '../../style/themes.ts';
import { nodePaint } from '../../style/visualGrammar.ts';
import { el, marked, mostCommon, own, type Attrs } from './markup.ts';
import { borderLineWidth, paintedShape } from './shapes.ts';
import { lineHeight, textGroup, textLines } from './text.ts';

/** What the nodes' group gives every node: label size, anchor and colour, and border width. */
export function nodesShared(nodes: LaidOutNode[], theme: Theme): Attrs {
	const paints = nodes.map((n) => nodePaint(n.kind, theme));
	return {
		...textGroup(TYPE.nodeSize, mostCommon(paints.map((p) => p.text)), 'middle'),
		'stroke-width': mostCommon(paints.map(borderLineWidth))
	};
}

export function nodeSvg(
	n: LaidOutNode,
	theme: Theme,
	inherited: Attrs,
	lang: Language = 'en',
	picture = false
): string {
	const paint = nodePaint(n.kind, theme);
	const top = n.y - (n.lines.length * lineHeight(TYPE.nodeSize)) / 2;
	const [attrs, tooltip] = marked(
		{
			id: `node-${n.id}`,
			class: `node kind-${n.kind}`,
			tooltip: `${n.label}${LANGUAGE_TRAITS[lang].aside(KIND_NAMES[n.kind][lang])}`
		},
		picture
	);
	return el(
		'g',
		attrs,
		tooltip,
		paintedShape(paint.shape, n.x, n.y, n.width, n.height, paint, inherited),
		textLines(n.lines, n.x, top, TYPE.nodeSize, own({ fill: paint.text }, inherited))
	);
}
