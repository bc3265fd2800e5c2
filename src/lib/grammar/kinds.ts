/**
 * Each kind's fill colour, shape and border: the first table of the visual grammar, below the
 * layout (which sizes nodes by their shape) and the styles (which paint them).
 */
import { scaleOrdinal } from 'd3-scale';
import { KINDS, type Kind } from '../schema/vocabulary.ts';
import type { NodeShape } from '../geometry/shapes.ts';
import { OKABE_ITO } from './palette.ts';

/** Okabe & Ito (2008), the colour-blind-safe qualitative palette. */
export { OKABE_ITO };

export type BorderStyle = 'solid' | 'double';

/**
 * Colour groups related kinds; shape and border tell kinds apart without colour: no two kinds
 * share colour and shape, and no two share shape and border (what print still shows).
 */
const KIND_TABLE: Record<Kind, [string, NodeShape, BorderStyle]> = {
	drug: [OKABE_ITO.orange, 'ellipse', 'solid'],
	'drug-class': [OKABE_ITO.orange, 'cut-rectangle', 'solid'],
	receptor: [OKABE_ITO.bluishGreen, 'round-rectangle', 'solid'],
	'ion-channel': [OKABE_ITO.bluishGreen, 'barrel', 'solid'],
	'cell-type': [OKABE_ITO.reddishPurple, 'bottom-round-rectangle', 'double'],
	neurotransmitter: [OKABE_ITO.skyBlue, 'ellipse', 'double'],
	hormone: [OKABE_ITO.skyBlue, 'cut-rectangle', 'double'],
	'growth-factor': [OKABE_ITO.skyBlue, 'bottom-round-rectangle', 'solid'],
	kinase: [OKABE_ITO.blue, 'barrel', 'double'],
	protein: [OKABE_ITO.blue, 'round-rectangle', 'double'],
	process: [OKABE_ITO.yellow, 'rectangle', 'solid'],
	'brain-region': [OKABE_ITO.reddishPurple, 'concave-hexagon', 'solid'],
	disorder: [OKABE_ITO.vermillion, 'hexagon', 'solid'],
	'clinical-outcome': [OKABE_ITO.yellow, 'hexagon', 'double']
};
const column = <T>(i: 0 | 1 | 2) => KINDS.map((k) => KIND_TABLE[k][i] as T);

export const kindColour = scaleOrdinal<Kind, string>(KINDS, column(0)).unknown<string>('#999999');
export const kindShape = scaleOrdinal<Kind, NodeShape>(KINDS, column(1)).unknown<NodeShape>(
	'rectangle'
);
export const kindBorder = scaleOrdinal<Kind, BorderStyle>(KINDS, column(2)).unknown<BorderStyle>(
	'solid'
);
