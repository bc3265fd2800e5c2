/**
 * Edges: paths between the nodes' outer outlines, straight or routed with round corners, dashed
 * by support, arrowed by relation; their halos on a transparent figure, and their verbs where asked.
 */
import { RELATION_WORDS, relationBefore } from '../../i18n/vocabulary/relations.ts';
import { SUPPORT_WORDS } from '../../i18n/vocabulary/supports.ts';
import { LANGUAGE_TRAITS, type Language } from '../../i18n/languages.ts';
import type { LaidOutCompartment, LaidOutEdge, LaidOutNode } from '../../layout/types.ts';
import { compartmentLabelBox } from '../../layout/compartmentBoxes.ts';
import type { Frame, Point } from '../../geometry/types.ts';
import { outlineExit } from '../../geometry/shapes.ts';
import { PALETTES, type Theme } from '../../style/themes.ts';
import { edgePaint, edgeWidth, nodePaint, VERB_LABEL } from '../../style/visualGrammar.ts';
import { verbPlaces } from './verbPlaces.ts';
import { edgeMarkPlaces, MARK_SIZE } from './edgeMarks.ts';
import { kindShape } from '../../grammar/kinds.ts';
import { el, INITIAL, marked, mostCommon, own, type Attrs } from './markup.ts';
import { arrowSetback, HALO, type ArrowUse, type Markers } from './markers.ts';
import { lineHeight, textLines } from './text.ts';
import { compactPath } from './pathData.ts';
import { CORNER_RADIUS } from '../../layout/spacing.ts';

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

/**
 * The line's points: from the source's border, through the route's corners, to the arrow's
 * setback before the target's border.
 */
export function edgeLine(
	e: LaidOutEdge,
	source: LaidOutNode | undefined,
	target: LaidOutNode | undefined,
	theme: Theme
): Point[] {
	if (!source || !target) return e.points;
	const corners = e.points.slice(1, -1);
	const [start, hit] = e.routed
		? [
				outward(e.points[0]!, corners[0] ?? e.points[1]!, source, theme),
				outward(
					e.points[e.points.length - 1]!,
					corners[corners.length - 1] ?? e.points[0]!,
					target,
					theme
				)
			]
		: [outerExit(source, target, theme), outerExit(target, source, theme)];
	const from = corners[corners.length - 1] ?? start;
	const length = Math.hypot(hit.x - from.x, hit.y - from.y);
	if (length === 0) return [start, ...corners, hit];
	const back = Math.min(arrowSetback(arrowUse(e, theme)).line, length);
	const t = (length - back) / length;
	return [
		start,
		...corners,
		{ x: from.x + (hit.x - from.x) * t, y: from.y + (hit.y - from.y) * t }
	];
}

/** A route's end on the layout's outline, moved out by half the node's border, away from `next`. */
function outward(end: Point, next: Point, n: LaidOutNode, theme: Theme): Point {
	const half = nodePaint(n.kind, theme).borderWidth / 2;
	const length = Math.hypot(end.x - next.x, end.y - next.y) || 1;
	return {
		x: end.x + ((end.x - next.x) * half) / length,
		y: end.y + ((end.y - next.y) * half) / length
	};
}

/** Path data through the points, each corner rounded by a quadratic curve. */
export function routePath(points: Point[]): string {
	const [first, ...rest] = points;
	if (!first) return '';
	let d = `M ${first.x} ${first.y}`;
	rest.forEach((p, k) => {
		const before = points[k]!;
		const after = rest[k + 1];
		if (!after) return void (d += ` L ${p.x} ${p.y}`);
		const r = Math.min(CORNER_RADIUS, dist(before, p) / 2, dist(p, after) / 2);
		const a = toward(p, before, r);
		const b = toward(p, after, r);
		d += ` L ${a.x} ${a.y} Q ${p.x} ${p.y} ${b.x} ${b.y}`;
	});
	return d;
}

const dist = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

/** The point `r` from `from` along the line to `to`. */
function toward(from: Point, to: Point, r: number): Point {
	const length = dist(from, to) || 1;
	return { x: from.x + ((to.x - from.x) * r) / length, y: from.y + ((to.y - from.y) * r) / length };
}

/** An edge's line, every property spelled out (initial values too) before its group takes some. */
function edgeStyle(e: LaidOutEdge, theme: Theme, markers: Markers): Attrs {
	const { line } = edgePaint(e, theme);
	const use = arrowUse(e, theme);
	const marker = markers.idOf(use);
	return {
		'stroke-width': use.width,
		'stroke-dasharray': line.dash.join(' ') || 'none',
		'stroke-linecap': line.cap,
		'marker-end': marker ? `url(#${marker})` : 'none'
	};
}

/** What the edges' group gives every edge: no fill, the edge colour, the commonest width. */
export function edgesShared(edges: LaidOutEdge[], theme: Theme, markers: Markers): Attrs {
	const widths = edges.map((e) => edgeStyle(e, theme, markers)['stroke-width'] as number);
	return { fill: 'none', stroke: PALETTES[theme].edge, 'stroke-width': mostCommon(widths) };
}

/** "Ketamine blocks NMDA receptor (stated in the source)", "氯胺酮阻断NMDA受体（文献明确陈述）". */
function edgeTitle(e: LaidOutEdge, source: string, target: string, lang: Language): string {
	const relation = relationBefore(e.relation, target, lang);
	const support = SUPPORT_WORDS[e.support][lang].short;
	const { wordSpace, aside } = LANGUAGE_TRAITS[lang];
	return `${[source, relation, target].join(wordSpace)}${aside(support)}`;
}

export function edgeSvg(
	e: LaidOutEdge,
	nodes: Map<string, LaidOutNode>,
	theme: Theme,
	markers: Markers,
	inherited: Attrs,
	lang: Language = 'en',
	picture = false
): string {
	const source = nodes.get(e.source);
	const target = nodes.get(e.target);
	const [attrs, tooltip] = marked(
		{
			id: `edge-${e.id}`,
			class: `edge relation-${e.relation} support-${e.support}`,
			tooltip: edgeTitle(e, source?.label ?? e.source, target?.label ?? e.target, lang)
		},
		picture
	);
	const style = own(edgeStyle(e, theme, markers), { ...INITIAL, ...inherited });
	return el('path', { ...attrs, d: lineData(e, nodes, theme), ...style }, tooltip);
}

/** The line's path data, as edgeSvg draws it. */
function lineData(e: LaidOutEdge, nodes: Map<string, LaidOutNode>, theme: Theme): string {
	return compactPath(routePath(edgeLine(e, nodes.get(e.source), nodes.get(e.target), theme)));
}

/** What the halos' group gives every halo: the paper's colour, round ends to cap the dashes. */
export const halosShared = (theme: Theme): Attrs => ({
	fill: 'none',
	stroke: PALETTES[theme].background,
	'stroke-linecap': 'round',
	'stroke-linejoin': 'round'
});

/**
 * The edge's line and arrowhead grown by HALO in the paper's colour, drawn under the edges of a
 * transparent figure: on a slide of the opposite brightness the line reads against its halo.
 */
export function edgeHaloSvg(
	e: LaidOutEdge,
	nodes: Map<string, LaidOutNode>,
	theme: Theme,
	halos: Markers
): string {
	const { line } = edgePaint(e, theme);
	const use = arrowUse(e, theme);
	const marker = halos.idOf(use);
	return el('path', {
		d: lineData(e, nodes, theme),
		'stroke-width': use.width + 2 * HALO,
		'stroke-dasharray': line.dash.join(' ') || undefined,
		'marker-end': marker ? `url(#${marker})` : undefined
	});
}

/** What the verbs' group gives every verb: size, ink and a halo of the paper around each. */
export const verbsShared = (theme: Theme): Attrs => ({
	'font-size': VERB_LABEL.size,
	fill: PALETTES[theme].ink,
	stroke: PALETTES[theme].background,
	'stroke-width': VERB_LABEL.halo,
	'stroke-linejoin': 'round',
	'paint-order': 'stroke',
	'text-anchor': 'middle'
});

const verbOf = (lang: Language) => (e: LaidOutEdge) => RELATION_WORDS[e.relation][lang];

/** Where each edge's verb is written: clear of nodes, marks, titles and each other (verbPlaces.ts). */
export function verbLayout(
	edges: LaidOutEdge[],
	nodes: LaidOutNode[],
	lang: Language = 'en',
	compartments: LaidOutCompartment[] = [],
	frame?: Frame
): Map<string, Point> {
	const marks = edges.flatMap(edgeMarkPlaces).map(({ at }) => ({
		...at,
		width: MARK_SIZE,
		height: MARK_SIZE
	}));
	const titles = compartments.map(compartmentLabelBox);
	const within = frame && {
		x: frame.x + frame.width / 2,
		y: frame.y + frame.height / 2,
		width: frame.width,
		height: frame.height
	};
	const word = verbOf(lang);
	const avoid = [...marks, ...titles];
	return verbPlaces(edges, nodes, word, VERB_LABEL.size, VERB_LABEL.halo / 2, avoid, within);
}

/** Every edge's verb that has a clear place (verbLayout). */
export function edgeVerbsSvg(
	edges: LaidOutEdge[],
	places: ReadonlyMap<string, Point>,
	lang: Language = 'en'
): string[] {
	const word = verbOf(lang);
	return edges.flatMap((e) => {
		const at = places.get(e.id);
		if (!at) return [];
		const top = at.y - lineHeight(VERB_LABEL.size) / 2;
		return [textLines([word(e)], at.x, top, VERB_LABEL.size, { class: 'edge-verb' })];
	});
}
