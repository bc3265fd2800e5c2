/**
 * The arrowheads, one entry per shape: its Cytoscape.js name, its outline as Cytoscape.js draws
 * it (for the SVG renderer's markers and the legend's swatches) and where a line stops before it.
 * Adding a shape is one entry here and its use in the grammar (visualGrammar.ts).
 */
import type { Point } from '../geometry/types.ts';

interface ArrowShapeEntry {
	/** Cytoscape.js's `target-arrow-shape`. */
	cytoscape: 'triangle' | 'tee' | 'diamond' | 'none';
	/** Cytoscape.js's unit outline, x across the edge and y back along it; empty for no head. */
	unit: readonly number[];
	/**
	 * How far before the target's outline a filled head's tip and line stop, for a line width.
	 * Cytoscape.js stops a line short of its arrow's tip (its spacing and gap); a hollow head's
	 * line stops at its base instead (arrowSetback).
	 */
	stop: (lineWidth: number) => { tip: number; line: number };
}

export const ARROW_SHAPES = {
	triangle: {
		cytoscape: 'triangle',
		unit: [-0.15, -0.3, 0, 0, 0.15, -0.3],
		stop: (width) => ({ tip: 0, line: 2 * width })
	},
	tee: {
		cytoscape: 'tee',
		unit: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
		stop: () => ({ tip: 1, line: 1 })
	},
	diamond: {
		cytoscape: 'diamond',
		unit: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0],
		stop: (width) => ({ tip: 0, line: width })
	},
	none: { cytoscape: 'none', unit: [], stop: () => ({ tip: 0, line: 0 }) }
} as const satisfies Record<string, ArrowShapeEntry>;

export type ArrowShape = keyof typeof ARROW_SHAPES;

/** Cytoscape.js's arrow scale for a line width (arrow-scale 1). */
export const arrowSize = (lineWidth: number) => Math.max((lineWidth * 13.37) ** 0.9, 29);

/** The arrowhead's outline for an edge of this width, the tip at (0, 0), the edge along +x. */
export function arrowOutline(shape: ArrowShape, lineWidth: number): Point[] {
	const unit: readonly number[] = ARROW_SHAPES[shape].unit;
	const size = arrowSize(lineWidth);
	return Array.from({ length: unit.length / 2 }, (_, i) => ({
		x: unit[2 * i + 1]! * size,
		y: unit[2 * i]! * size
	}));
}
