/** Nodes: a group per node with its shape, its label as real text, and a tooltip. */
import { TYPE } from '../../layout/font.ts';
import type { LaidOutNode } from '../../layout/types.ts';
import type { Theme } from '../../style/themes.ts';
import { nodePaint } from '../../style/visualGrammar.ts';
import { el, title } from './markup.ts';
import { paintedShape } from './shapes.ts';
import { lineHeight, textLines } from './text.ts';

export const kindWords = (kind: string) => kind.replaceAll('-', ' ');

export function nodeSvg(n: LaidOutNode, theme: Theme): string {
	const paint = nodePaint(n.kind, theme);
	const top = n.y - (n.lines.length * lineHeight(TYPE.nodeSize)) / 2;
	return el(
		'g',
		{ id: `node-${n.id}`, class: `node kind-${n.kind}` },
		title(`${n.label} (${kindWords(n.kind)})`),
		paintedShape(paint.shape, n.x, n.y, n.width, n.height, paint),
		textLines(n.lines, n.x, top, { size: TYPE.nodeSize, fill: paint.text, anchor: 'middle' })
	);
}
