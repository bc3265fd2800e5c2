/**
 * The one SVG renderer: a laid-out pathway as a standalone, semantic SVG document, the same in
 * Node and in the browser. Diagram coordinates are the layout's; title, legend and footer bands
 * lie above and below it. Every curated text is escaped; nothing is fetched, nothing runs.
 */
import type { Point } from '../geometry/types.ts';
import { LABEL_FONT } from '../layout/font.ts';
import { SPACING } from '../layout/spacing.ts';
import type { LaidOutNode, LaidOutPathway } from '../layout/types.ts';
import { PALETTES } from '../style/themes.ts';
import { legend, type Legend } from '../style/visualGrammar.ts';
import type { FigureContext } from './figureContext.ts';
import { inLanguage } from './figureLanguage.ts';
import type { SvgOptions } from './options.ts';
import { inFrame, onlyOf, visibleElements, type Visible } from './scope.ts';
import { GAP, type Block } from './svg/block.ts';
import { citationsBlock, citedRecords } from './svg/citations.ts';
import { compartmentsShared, compartmentSvg, outermostFirst } from './svg/compartments.ts';
import {
	arrowUse,
	edgeHaloSvg,
	edgesShared,
	edgeSvg,
	edgeVerbsSvg,
	verbLayout,
	halosShared,
	verbsShared
} from './svg/edges.ts';
import { fontStyle } from './svg/fonts.ts';
import { headingBlock } from './svg/heading.ts';
import { edgeMarksSvg } from './svg/edgeMarks.ts';
import { legendArrows, legendBlock } from './svg/legend.ts';
import { markerSet, type Markers } from './svg/markers.ts';
import { el, num, title, type Attrs } from './svg/markup.ts';
import { nodesShared, nodeSvg } from './svg/nodes.ts';

/** Bands narrower than this would wrap every word; a narrow diagram is centred in them. */
const MIN_BAND_WIDTH = 420;
const CLIP_ID = 'figure-frame';

/** A layer of the diagram; the attributes its elements share go on it only when it has any. */
const layer = (name: string, shared: Attrs, children: string[]) =>
	el('g', { class: name, ...(children.length ? shared : {}) }, ...children);

/** An element, linked to its fragment where the options ask for links. */
const linked = (prefix: string | undefined, id: string, svg: string) =>
	prefix === undefined ? svg : el('a', { href: `#${prefix}${id}` }, svg);

/** The paper-coloured halos under the edges, on a transparent figure only. */
function edgeHalos(
	visible: Visible,
	nodes: Map<string, LaidOutNode>,
	options: SvgOptions,
	halos: Markers | undefined
): string {
	if (!halos || !visible.edges.length) return '';
	const { theme } = options;
	return layer(
		'figure-edge-halos',
		halosShared(theme),
		visible.edges.map((e) => edgeHaloSvg(e, nodes, theme, halos))
	);
}

function diagram(
	laidOut: LaidOutPathway,
	visible: Visible,
	options: SvgOptions,
	markers: { ink: Markers; halo?: Markers },
	/** Where each verb is written, when verbs are asked for: only those with a clear place. */
	verbs: ReadonlyMap<string, Point> | undefined
): string {
	const { theme, fragmentLinks, picture } = options;
	const nodes = new Map(laidOut.nodes.map((n) => [n.id, n]));
	const edgesGroup = edgesShared(visible.edges, theme, markers.ink);
	const nodesGroup = nodesShared(visible.nodes, theme);
	return el(
		'g',
		{ class: 'figure-diagram', 'clip-path': visible.clipped ? `url(#${CLIP_ID})` : undefined },
		layer(
			'figure-compartments',
			compartmentsShared(theme),
			outermostFirst(visible.compartments).map((c) => compartmentSvg(c, theme, picture))
		),
		edgeHalos(visible, nodes, options, markers.halo),
		layer(
			'figure-edges',
			edgesGroup,
			visible.edges.map((e) =>
				linked(
					fragmentLinks,
					e.id,
					edgeSvg(e, nodes, theme, markers.ink, edgesGroup, options.lang, picture)
				)
			)
		),
		verbs?.size
			? layer('figure-verbs', verbsShared(theme), edgeVerbsSvg(visible.edges, verbs, options.lang))
			: '',
		visible.edges.some((e) => e.contested || e.human)
			? el('g', { class: 'figure-edge-marks' }, ...visible.edges.map((e) => edgeMarksSvg(e, theme)))
			: '',
		layer(
			'figure-nodes',
			nodesGroup,
			visible.nodes.map((n) =>
				linked(fragmentLinks, n.id, nodeSvg(n, theme, nodesGroup, options.lang, picture))
			)
		)
	);
}

/**
 * On a transparent figure, a plate of the theme's paper behind the title band and behind the
 * legend and footer, so their text (dark in the light theme, light in the dark one) reads on any
 * slide; the diagram's nodes carry their own fills.
 */
function bandPlate(
	options: SvgOptions,
	fill: string,
	box: { x: number; y: number; width: number; height: number }
) {
	if (options.background !== false || box.height <= 0) return '';
	return el('rect', { class: 'figure-band-plate', ...box, rx: 6, fill });
}

/** Output size: as asked, the other side following the aspect ratio; else 1 px per unit. */
function outputSize(options: SvgOptions, width: number, height: number) {
	if (options.width && options.height) return { width: options.width, height: options.height };
	if (options.width) return { width: options.width, height: (options.width * height) / width };
	if (options.height) return { width: (options.height * width) / height, height: options.height };
	return { width, height };
}

/**
 * A slide's legend says only what the slide does not: no relation marks where each arrow has its
 * verb written on it, and no line width where every line is drawn the same.
 */
const slideLegend = (model: Legend, everyVerb: boolean): Legend => ({
	...model,
	relations: everyVerb ? [] : model.relations,
	widths: model.widths.length > 1 ? model.widths : []
});

/**
 * A part drawn over another of the same figure: its diagram alone, in the same box. Only its
 * elements take pointer events, so the part below still answers where this one draws nothing.
 */
const overPart = (root: Attrs, drawn: string): string =>
	el(
		'svg',
		{
			...root,
			class: 'atlas-figure-over',
			role: undefined,
			'aria-label': undefined,
			'pointer-events': 'none'
		},
		el('g', { 'pointer-events': 'visiblePainted' }, drawn)
	) + '\n';

export function renderSvg(
	original: LaidOutPathway,
	options: SvgOptions,
	given: FigureContext
): string {
	const { theme } = options;
	const lang = options.lang ?? 'en';
	const { laidOut, context } = inLanguage(original, given, lang);
	const palette = PALETTES[theme];
	const scoped = visibleElements(laidOut, options, context);
	const visible = options.only ? onlyOf(scoped, options.only) : scoped;
	const { frame } = visible;
	const banded = options.title || options.legend || options.citations;
	const width = banded ? Math.max(frame.width, MIN_BAND_WIDTH) : frame.width;
	const left = frame.x - Math.floor((width - frame.width) / 2);
	const inner = width - 2 * SPACING.margin;
	const legendModel = legend(theme, inFrame(visible), lang);
	const verbs = options.verbs
		? verbLayout(visible.edges, visible.nodes, lang, visible.compartments, frame)
		: undefined;
	const everyVerb = verbs !== undefined && visible.edges.every((e) => verbs.has(e.id));
	const records = citedRecords(
		context,
		[...visible.nodes, ...visible.edges].map((e) => e.id)
	);
	// a part of a figure defines the arrowheads of the whole, for the part drawn over it
	const arrowEdges = scoped.edges;
	const arrows = [
		...arrowEdges.map((e) => arrowUse(e, theme)),
		...(options.legend ? legendArrows(legendModel) : [])
	];
	const markers = markerSet(theme, arrows, { colour: palette.edge });
	const halos =
		options.background === false
			? markerSet(
					theme,
					arrowEdges.map((e) => arrowUse(e, theme)),
					{ colour: palette.background, halo: true }
				)
			: undefined;
	const none: Block = { height: 0, draw: () => '' };
	const head = options.title ? headingBlock(context, options, palette, inner, lang) : none;
	const feet = [
		options.legend
			? legendBlock(
					options.compactLegend ? slideLegend(legendModel, everyVerb) : legendModel,
					inner,
					markers,
					options.compactLegend
				)
			: none,
		options.citations ? citationsBlock(records, palette, inner, lang) : none
	];
	// a clipped frame has no margin of its own to keep the bands off the diagram
	const gap = visible.clipped && banded ? GAP : 0;
	const feetHeight = feet.reduce((h, b) => h + b.height, 0);
	const [gapAbove, gapBelow] = [head.height ? gap : 0, feetHeight ? gap : 0];
	const top = frame.y - gapAbove - head.height;
	const height = head.height + gapAbove + frame.height + gapBelow + feetHeight;
	let y = frame.y + frame.height + gapBelow;
	const footPlate = bandPlate(options, palette.background, {
		x: left,
		y,
		width,
		height: feetHeight
	});
	const footer = feet.map((b) => {
		const drawn = b.draw(left + SPACING.margin, y);
		y += b.height;
		return drawn;
	});
	const clip = visible.clipped ? el('clipPath', { id: CLIP_ID }, el('rect', { ...frame })) : '';
	const size = outputSize(options, width, height);
	const root: Attrs = {
		xmlns: 'http://www.w3.org/2000/svg',
		version: '1.1',
		class: 'atlas-figure',
		width: size.width,
		height: size.height,
		viewBox: `${num(left)} ${num(top)} ${num(width)} ${num(height)}`,
		// with links, a group: each element is a link named by its <title>
		role: options.fragmentLinks === undefined ? 'img' : 'group',
		'aria-label': context.title,
		'font-family': LABEL_FONT.stack,
		'font-weight': LABEL_FONT.weight
	};
	const drawn = diagram(laidOut, visible, options, { ink: markers, halo: halos }, verbs);
	if (options.over) return overPart(root, drawn);
	return (
		el(
			'svg',
			root,
			title(context.title),
			el('defs', {}, fontStyle(options.embedFonts), markers.defs, halos?.defs ?? '', clip),
			options.background === false
				? ''
				: el('rect', {
						class: 'figure-background',
						// 0 is the initial value
						x: left || undefined,
						y: top || undefined,
						width,
						height,
						fill: palette.background
					}),
			bandPlate(options, palette.background, { x: left, y: top, width, height: head.height }),
			head.draw(left + SPACING.margin, top),
			drawn,
			footPlate,
			...footer
		) + '\n'
	);
}
