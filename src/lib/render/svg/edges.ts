/** Edges: straight paths between the nodes' outer outlines, dashed by support, arrowed by relation. */
import type { LaidOutEdge, LaidOutNode, Point } from '../../layout/types.ts';
import { outlineExit } from '../../style/shapes.ts';
import { PALETTES, type Theme } from '../../style/themes.ts';
import {
	edgePaint,
	edgeWidth,
	kindShape,
	nodePaint,
	SUPPORT_LABELS
} from '../../style/visualGrammar.ts';
import { el, num, title } from './markup.ts';
import { arrowSetback, markerId, type ArrowUse } from './markers.ts';

/** Line width as drawn: one decimal, like every length in the figure. */
export const drawnWidth = (sentences: number) => Math.round(edgeWidth(sentences) * 10) / 10;

export const arrowUse = (e: LaidOutEdge, theme: Theme): ArrowUse => ({
	arrow: edgePaint(e, theme).arrow,
	width: drawnWidth(e.sentences)
});

/** Where the line from the centre towards `toward` leaves the node's border (Cytoscape.js's outer size). */
function outerExit(n: LaidOutNode, toward: Point, theme: Theme): Point {
	const border = nodePaint(n.kind, theme).borderWidth;
	const d = { x: toward.x - n.x, y: toward.y - n.y };
	const p = outlineExit(kindShape(n.kind), n.width + border, n.height + border, d);
	return { x: n.x + p.x, y: n.y + p.y };
}

/** The line's two ends: from the source's border to the arrow's setback before the target's. */
export function edgeLine(
	e: LaidOutEdge,
	source: LaidOutNode | undefined,
	target: LaidOutNode | undefined,
	theme: Theme
): [Point, Point] {
	if (!source || !target) return [e.points[0]!, e.points[e.points.length - 1]!];
	const start = outerExit(source, target, theme);
	const hit = outerExit(target, source, theme);
	const length = Math.hypot(hit.x - start.x, hit.y - start.y);
	if (length === 0) return [start, hit];
	const back = Math.min(arrowSetback(arrowUse(e, theme)).line, length);
	const t = (length - back) / length;
	return [start, { x: start.x + (hit.x - start.x) * t, y: start.y + (hit.y - start.y) * t }];
}

export function edgeSvg(e: LaidOutEdge, nodes: Map<string, LaidOutNode>, theme: Theme): string {
	const paint = edgePaint(e, theme);
	const source = nodes.get(e.source);
	const target = nodes.get(e.target);
	const [a, b] = edgeLine(e, source, target, theme);
	const use = arrowUse(e, theme);
	return el(
		'path',
		{
			id: `edge-${e.id}`,
			class: `edge relation-${e.relation} support-${e.support}`,
			d: `M ${num(a.x)} ${num(a.y)} L ${num(b.x)} ${num(b.y)}`,
			fill: 'none',
			stroke: PALETTES[theme].edge,
			'stroke-width': use.width,
			'stroke-dasharray': paint.line.dash.join(' ') || undefined,
			'stroke-linecap': paint.line.cap === 'butt' ? undefined : paint.line.cap,
			'marker-end': use.arrow.shape === 'none' ? undefined : `url(#${markerId(theme, use)})`
		},
		title(
			`${source?.label ?? e.source} ${e.relation.replaceAll('-', ' ')} ${target?.label ?? e.target} (${SUPPORT_LABELS[e.support]})`
		)
	);
}
