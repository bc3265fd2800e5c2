/**
 * The one visual mapping, every channel a scale: kind -> fill, shape and border; relation ->
 * arrowhead; support -> line style; supporting sentences -> line width. The Cytoscape stylesheet,
 * the SVG renderer and the legend all read these, so they cannot drift apart.
 */
import { scaleOrdinal } from 'd3-scale';
import { KIND_NAMES } from '../i18n/vocabulary/kinds.ts';
import { EDGE_MARKS, MARK_WORDS, type EdgeMark } from '../i18n/vocabulary/marks.ts';
import { sentenceCount } from '../i18n/vocabulary/sentenceCounts.ts';
import { RELATION_WORDS } from '../i18n/vocabulary/relations.ts';
import { SUPPORT_WORDS } from '../i18n/vocabulary/supports.ts';
import type { Language } from '../i18n/languages.ts';
import {
	KINDS,
	RELATIONS,
	SUPPORTS,
	type Kind,
	type Relation,
	type Support
} from '../schema/vocabulary.ts';
import { kindBorder, kindColour, kindShape, type BorderStyle } from '../grammar/kinds.ts';
import type { ArrowShape } from './arrows.ts';
import { mix, mostLegible, untilContrast } from './colour.ts';
import type { NodeShape } from '../geometry/shapes.ts';
import { PALETTES, type Theme } from './themes.ts';

export interface ArrowGlyph {
	shape: ArrowShape;
	fill: 'filled' | 'hollow';
}
/**
 * Each relation a mark of its own, after SBGN Activity Flow: positive influences point (activates a
 * filled triangle, its SBGN positive influence; increases a vee; releases a triangle into a dot,
 * something let out; leads-to a chevron, what follows), negative influences stop flat (inhibits
 * SBGN's tee; blocks a filled square, a plug; decreases an open square), modulates SBGN's unknown
 * influence, an open diamond. binds and contains are associations, not influences: a dot, filled
 * for binding, open for holding. is-a is UML generalisation: an open triangle.
 */
const RELATION_ARROWS: Record<Relation, ArrowGlyph> = {
	activates: { shape: 'triangle', fill: 'filled' },
	increases: { shape: 'vee', fill: 'filled' },
	releases: { shape: 'circle-triangle', fill: 'filled' },
	'leads-to': { shape: 'chevron', fill: 'filled' },
	inhibits: { shape: 'tee', fill: 'filled' },
	blocks: { shape: 'square', fill: 'filled' },
	decreases: { shape: 'square', fill: 'hollow' },
	modulates: { shape: 'diamond', fill: 'hollow' },
	binds: { shape: 'circle', fill: 'filled' },
	contains: { shape: 'circle', fill: 'hollow' },
	'is-a': { shape: 'triangle', fill: 'hollow' }
};
const PLAIN: ArrowGlyph = { shape: 'none', fill: 'filled' };
export const relationArrow = scaleOrdinal<Relation, ArrowGlyph>(
	RELATIONS,
	RELATIONS.map((r) => RELATION_ARROWS[r])
).unknown<ArrowGlyph>(PLAIN);

/** An edge's verb, written at its middle over a halo of the paper's colour (px). */
export const VERB_LABEL = { size: 14, halo: 3 } as const;

export interface LineGlyph {
	name: 'solid' | 'dashed' | 'dotted';
	/** Dash and gap lengths in px; empty for a solid line. */
	dash: number[];
	cap: 'butt' | 'round';
}
/** Round caps turn the short dashes of `background` into dots at every line width. */
const LINES: Record<Support, LineGlyph> = {
	stated: { name: 'solid', dash: [], cap: 'butt' },
	listed: { name: 'dashed', dash: [8, 5], cap: 'butt' },
	background: { name: 'dotted', dash: [0.5, 7], cap: 'round' }
};
export const supportLine = scaleOrdinal<Support, LineGlyph>(
	SUPPORTS,
	SUPPORTS.map((s) => LINES[s])
).unknown<LineGlyph>(LINES.stated);

/** Line width by distinct supporting sentences: area-true (sqrt), 1 to 6+ sentences. */
export const SENTENCE_DOMAIN = [1, 6] as const;
const WIDTH_RANGE = [1.5, 4.5] as const;
/**
 * d3's scaleSqrt().domain(SENTENCE_DOMAIN).range(WIDTH_RANGE).clamp(true), written out with the
 * same arithmetic: the continuous scale would bring d3-interpolate, d3-color and d3-format into
 * the browser (10 KB gzipped of a pathway page's JavaScript) for this one mapping.
 */
export function edgeWidth(sentences: number): number {
	const sqrt = (x: number) => (x < 0 ? -Math.sqrt(-x) : Math.sqrt(x));
	const [a, b] = SENTENCE_DOMAIN.map(sqrt) as [number, number];
	const t = Math.min(1, Math.max(0, (sqrt(sentences) - a) / (b - a)));
	return WIDTH_RANGE[0] * (1 - t) + WIDTH_RANGE[1] * t;
}

export interface NodePaint {
	fill: string;
	border: string;
	borderStyle: BorderStyle;
	borderWidth: number;
	text: string;
	shape: NodeShape;
}

const TEXT_CANDIDATES = ['#111111', '#ffffff'];

export function nodePaint(kind: Kind, theme: Theme): NodePaint {
	const colour = kindColour(kind);
	const borderStyle = kindBorder(kind);
	const shape = kindShape(kind);
	if (theme === 'print') {
		// paper: no fill to vanish; the border keeps the hue, dark enough to read in grey
		const border = untilContrast(colour, '#ffffff', 4.5);
		return {
			fill: '#ffffff',
			border,
			borderStyle,
			borderWidth: borderStyle === 'double' ? 5 : 2,
			text: '#000000',
			shape
		};
	}
	const border = theme === 'dark' ? mix(colour, '#ffffff', 0.5) : mix(colour, '#000000', 0.45);
	const borderWidth = borderStyle === 'double' ? 4.5 : 1.5;
	return {
		fill: colour,
		border,
		borderStyle,
		borderWidth,
		text: mostLegible(colour, TEXT_CANDIDATES),
		shape
	};
}

export interface EdgePaint {
	colour: string;
	width: number;
	line: LineGlyph;
	arrow: ArrowGlyph;
}

export function edgePaint(
	edge: { relation: Relation; support: Support; sentences: number },
	theme: Theme
): EdgePaint {
	return {
		colour: PALETTES[theme].edge,
		width: edgeWidth(edge.sentences),
		line: supportLine(edge.support),
		arrow: relationArrow(edge.relation)
	};
}

export interface Legend {
	theme: Theme;
	kinds: { kind: Kind; label: string; paint: NodePaint }[];
	relations: { relation: Relation; label: string; arrow: ArrowGlyph }[];
	supports: { support: Support; label: string; line: LineGlyph }[];
	widths: { sentences: number; label: string; width: number }[];
	/** The arrow marks drawn (contested, human evidence), each only where an arrow carries it. */
	marks: { mark: EdgeMark; label: string }[];
}

/** What a figure shows; without it the legend lists the whole vocabulary. */
export interface LegendContent {
	nodes: { kind: Kind }[];
	edges: {
		relation: Relation;
		support: Support;
		sentences: number;
		contested?: true;
		human?: true;
	}[];
}

const WIDTH_SAMPLES = [1, 2, 4, SENTENCE_DOMAIN[1]];

/** The legend, read off the same scales as the figure, in vocabulary order. */
export function legend(theme: Theme, content?: LegendContent, lang: Language = 'en'): Legend {
	const has = <T>(all: readonly T[], present?: T[]) =>
		present ? all.filter((v) => present.includes(v)) : [...all];
	const most = content ? Math.max(1, ...content.edges.map((e) => e.sentences)) : Infinity;
	const samples = WIDTH_SAMPLES.filter((n, i) => i === 0 || n <= most);
	return {
		theme,
		kinds: has(
			KINDS,
			content?.nodes.map((n) => n.kind)
		).map((kind) => ({
			kind,
			label: KIND_NAMES[kind][lang],
			paint: nodePaint(kind, theme)
		})),
		relations: has(
			RELATIONS,
			content?.edges.map((e) => e.relation)
		).map((relation) => ({
			relation,
			label: RELATION_WORDS[relation][lang],
			arrow: relationArrow(relation)
		})),
		supports: has(
			SUPPORTS,
			content?.edges.map((e) => e.support)
		).map((support) => ({
			support,
			label: SUPPORT_WORDS[support][lang].short,
			line: supportLine(support)
		})),
		widths: samples.map((sentences) => ({
			sentences,
			label: sentenceCount(sentences, sentences >= SENTENCE_DOMAIN[1])[lang],
			width: edgeWidth(sentences)
		})),
		marks: EDGE_MARKS.filter((m) => content?.edges.some((e) => e[m])).map((mark) => ({
			mark,
			label: MARK_WORDS[mark][lang]
		}))
	};
}
