/** Lengths (px) of the layout, shared with the stylesheet so both draw the same boxes. */
import type { Direction } from '../schema/vocabulary.ts';
import { TYPE } from './font.ts';

export const NODE = {
	/** Labels wrap at this width. */
	maxLabelWidth: 150,
	minLabelWidth: 36,
	padX: 10,
	padY: 6
} as const;

export const COMPARTMENT = {
	padding: 10,
	labelHeight: TYPE.compartmentSize * TYPE.lineHeight,
	/** Between the label and the first row of nodes. */
	labelGap: 3
} as const;

/** Height of the band above a compartment's contents: padding, label, gap. */
export const LABEL_BAND = COMPARTMENT.padding + COMPARTMENT.labelHeight + COMPARTMENT.labelGap;

/** How round a routed edge's corners are drawn, by the SVG renderer and Cytoscape.js alike. */
export const CORNER_RADIUS = 8;

export const SPACING = {
	nodeSep: 40,
	rankSep: 2 * LABEL_BAND,
	edgeSep: 12,
	/** Around the whole figure. */
	margin: 16
} as const;

/**
 * Inside each container of the nested layout (nested.ts): tighter than a whole-figure dagre run,
 * since no compartment border has to fit between ranks, yet wide enough for an arrow to be routed
 * between two nodes with room on either side of it.
 */
export const NESTED_SPACING = { nodeSep: 16, rankSep: 26, edgeSep: 10 } as const;

/** Ranks stacked down the page need less room between them than ranks side by side. */
export const nestedSpacing = (direction: Direction) =>
	direction === 'TB' || direction === 'BT' ? { ...NESTED_SPACING, rankSep: 22 } : NESTED_SPACING;

/**
 * dagre keeps rankSep / 2 between a cluster's border and its contents along the ranks, and
 * edgeSep between nested cluster borders across them. Our boxes stay inside dagre's clusters
 * (and so clear of every other node) when those margins hold the label band and the padding.
 */
export function dagreSpacing(direction: Direction, hasCompartments: boolean) {
	const across = direction === 'LR' || direction === 'RL' ? LABEL_BAND : COMPARTMENT.padding;
	return {
		nodeSep: SPACING.nodeSep,
		rankSep: SPACING.rankSep,
		edgeSep: hasCompartments ? Math.max(SPACING.edgeSep, across) : SPACING.edgeSep
	};
}
