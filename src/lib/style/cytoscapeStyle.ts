/**
 * The Cytoscape.js stylesheet, built from the visual grammar: presentation only, plain JSON (it
 * travels as page data and in .cyjs files), every per-element value read from the data fields
 * that toCytoscapeElements sets (kind, relation, support, width, height, minWidth, minHeight).
 */
import { ARROW_SCALE, ARROW_SHAPES } from './arrows.ts';
import { hypothesisStyles } from './hypothesisMarks.ts';
import { LABEL_FONT, TYPE } from '../layout/font.ts';
import { COMPARTMENT, CORNER_RADIUS } from '../layout/spacing.ts';
import { KINDS, RELATIONS, SUPPORTS } from '../schema/vocabulary.ts';
import { PALETTES, type Theme } from './themes.ts';
import { nodePaint, relationArrow, supportLine, VERB_LABEL } from './visualGrammar.ts';

export type StyleValue = string | number | number[];
export interface StyleRule {
	selector: string;
	style: Record<string, StyleValue>;
}

/**
 * Cytoscape.js hit-tests an edge within width / 2 + 8 screen px (24 px on touch) of its line; no
 * style widens that. The overlay shows the same band, so what lights up is what can be clicked.
 */
const EDGE_HIT = 8;

const fontStyle = (size: number) => ({
	'font-family': LABEL_FONT.stack,
	'font-weight': LABEL_FONT.weight,
	'font-size': size,
	'line-height': TYPE.lineHeight
});

function nodeStyles(theme: Theme): StyleRule[] {
	return [
		{
			selector: 'node',
			style: {
				label: 'data(label)',
				width: 'data(width)',
				height: 'data(height)',
				...fontStyle(TYPE.nodeSize),
				'text-wrap': 'wrap',
				// lines come wrapped by the layout; never wrap them again
				'text-max-width': '10000px',
				'text-valign': 'center',
				'text-halign': 'center',
				'overlay-padding': 4
			}
		},
		...KINDS.map((kind): StyleRule => {
			const p = nodePaint(kind, theme);
			return {
				selector: `node[kind = "${kind}"]`,
				style: {
					shape: p.shape,
					'background-color': p.fill,
					'border-color': p.border,
					'border-width': p.borderWidth,
					'border-style': p.borderStyle,
					color: p.text
				}
			};
		})
	];
}

/**
 * Cytoscape.js sizes a compound node from its children's bounding boxes, which include their
 * borders and a 1px margin. A smaller padding absorbs that, so a compartment's bottom and sides
 * fall where the layout put them (a compartment nested low in another would otherwise pull its
 * parent's bottom up by that margin at each depth); the min size sets the rest, the extra height
 * going to the top, where the label band is.
 */
const BORDER_ALLOWANCE = 2.5;
const CY_PADDING = COMPARTMENT.padding - BORDER_ALLOWANCE;
/** A compartment's min size in Cytoscape.js, which adds the padding to it. */
export const compartmentInner = (size: number): number => size - 2 * CY_PADDING;

function compartmentStyles(theme: Theme): StyleRule[] {
	const palette = PALETTES[theme];
	return [
		{
			selector: 'node[compartmentKind]',
			style: {
				shape: 'round-rectangle',
				'background-color': palette.compartmentFill,
				'border-color': palette.compartmentBorder,
				'border-width': 1.5,
				color: palette.compartmentText,
				...fontStyle(TYPE.compartmentSize),
				'text-wrap': 'none',
				'text-valign': 'top-inside',
				'text-halign': 'center',
				// 'top-inside' puts the label's top at the inner top + padding
				'text-margin-y': COMPARTMENT.padding - 2 * CY_PADDING,
				padding: `${CY_PADDING}px`,
				'compound-sizing-wrt-labels': 'exclude',
				'min-width': 'data(minWidth)',
				'min-width-bias-left': '50%',
				'min-width-bias-right': '50%',
				'min-height': 'data(minHeight)',
				'min-height-bias-top': '100%',
				// compartments carry no evidence: clicks go through to the canvas
				events: 'no'
			}
		},
		{
			// one box standing for its hidden contents; a click opens it
			selector: 'node[compartmentKind][collapsed]',
			style: {
				width: 'data(width)',
				height: 'data(height)',
				'border-style': 'dashed',
				'text-valign': 'center',
				'text-margin-y': 0,
				events: 'yes'
			}
		}
	];
}

/** How far from its end an arrow's letter sits, in model units. */
const MARK_OFFSET = 28;
const MARK_SIZE = 11;

function edgeStyles(theme: Theme): StyleRule[] {
	const colour = PALETTES[theme].edge;
	return [
		{
			selector: 'edge',
			style: {
				'curve-style': 'straight',
				width: 'data(width)',
				'line-color': colour,
				'target-arrow-color': colour,
				'source-arrow-color': colour,
				'arrow-scale': ARROW_SCALE,
				'overlay-padding': EDGE_HIT
			}
		},
		{
			// a routed edge ends where its route meets the outlines
			selector: 'edge[sourceEndpoint]',
			style: {
				'source-endpoint': 'data(sourceEndpoint)',
				'target-endpoint': 'data(targetEndpoint)'
			}
		},
		{
			// a routed edge follows its corners, rounded as the SVG renderer rounds them
			selector: 'edge[segmentWeights]',
			style: {
				'curve-style': 'round-segments',
				'segment-weights': 'data(segmentWeights)',
				'segment-distances': 'data(segmentDistances)',
				'segment-radius': CORNER_RADIUS,
				'edge-distances': 'node-position'
			}
		},
		...RELATIONS.map((relation): StyleRule => {
			const arrow = relationArrow(relation);
			return {
				selector: `edge[relation = "${relation}"]`,
				style: {
					'target-arrow-shape': ARROW_SHAPES[arrow.shape].cytoscape,
					'target-arrow-fill': arrow.fill
				}
			};
		}),
		{
			// the relation's verb at the edge's middle, over a halo of the paper's colour
			selector: 'edge.verbs',
			style: {
				label: 'data(label)',
				...fontStyle(VERB_LABEL.size),
				color: PALETTES[theme].ink,
				'text-outline-color': PALETTES[theme].background,
				'text-outline-width': VERB_LABEL.halo,
				'text-rotation': 'none'
			}
		},
		{
			// moved from the edge's midpoint to where the figures write it (render/diagramVerbs.ts)
			selector: 'edge.verbs[verbDx]',
			style: { 'text-margin-x': 'data(verbDx)', 'text-margin-y': 'data(verbDy)' }
		},
		...markStyles(theme),
		...SUPPORTS.map((support): StyleRule => {
			const line = supportLine(support);
			return {
				selector: `edge[support = "${support}"]`,
				style: {
					'line-style': line.dash.length ? 'dashed' : 'solid',
					'line-dash-pattern': line.dash,
					'line-cap': line.cap
				}
			};
		})
	];
}

/** The SVG figure's badges as letters by the ends: "?" contested, "H" shown in humans. */
function markStyles(theme: Theme): StyleRule[] {
	const letter = {
		'font-weight': 'bold',
		'font-size': MARK_SIZE,
		color: PALETTES[theme].ink,
		'text-outline-color': PALETTES[theme].background,
		'text-outline-width': VERB_LABEL.halo
	};
	return [
		{
			selector: 'edge[?contested]',
			style: { ...letter, 'source-label': '?', 'source-text-offset': MARK_OFFSET }
		},
		{
			selector: 'edge[?human]',
			style: { ...letter, 'target-label': 'H', 'target-text-offset': MARK_OFFSET }
		}
	];
}

function stateStyles(theme: Theme): StyleRule[] {
	const { accent, faded } = PALETTES[theme];
	const ring = { 'underlay-color': accent, 'underlay-opacity': 0.25, 'underlay-padding': 6 };
	return [
		{ selector: '.faded', style: { opacity: faded } },
		// another hypothesis than the one chosen
		{ selector: '.out-of-hypothesis', style: { opacity: faded } },
		{ selector: 'node.highlighted', style: { 'border-color': accent, 'z-index': 10 } },
		{
			selector: 'edge.highlighted',
			style: {
				'line-color': accent,
				'target-arrow-color': accent,
				'source-arrow-color': accent,
				'z-index': 10
			}
		},
		{ selector: 'node:selected', style: { ...ring, 'border-color': accent } },
		{
			selector: 'edge:selected',
			style: { ...ring, 'line-color': accent, 'target-arrow-color': accent }
		},
		{
			selector: 'node.focused',
			style: { 'outline-width': 3, 'outline-color': accent, 'outline-offset': 3 }
		},
		{ selector: 'edge.focused', style: { ...ring, 'underlay-opacity': 0.4 } },
		{ selector: '.hidden-background', style: { display: 'none' } }
	];
}

export function cytoscapeStyle(theme: Theme): StyleRule[] {
	return [
		...nodeStyles(theme),
		...compartmentStyles(theme),
		...edgeStyles(theme),
		...hypothesisStyles(),
		...stateStyles(theme)
	];
}
