/**
 * Arrowhead outlines as Cytoscape.js draws them, for the SVG renderer: the tip at (0, 0), the
 * edge arriving along +x. Hollow arrows are stroked with the edge's width instead of filled.
 */
import type { ArrowGlyph } from './visualGrammar.ts';
import type { Point } from '../geometry/types.ts';

/** Cytoscape.js's unit outlines (x across the edge, y back along it). */
const UNIT: Record<Exclude<ArrowGlyph['shape'], 'none'>, number[]> = {
	triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
	tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
	diamond: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0]
};

/** Cytoscape.js's arrow scale for a line width (arrow-scale 1). */
export const arrowSize = (lineWidth: number) => Math.max((lineWidth * 13.37) ** 0.9, 29);

/** The arrowhead's outline for an edge of this width; empty for 'none'. */
export function arrowOutline(shape: ArrowGlyph['shape'], lineWidth: number): Point[] {
	if (shape === 'none') return [];
	const unit = UNIT[shape];
	const size = arrowSize(lineWidth);
	return Array.from({ length: unit.length / 2 }, (_, i) => ({
		x: unit[2 * i + 1]! * size,
		y: unit[2 * i]! * size
	}));
}
