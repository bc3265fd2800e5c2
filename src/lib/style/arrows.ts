/**
 * The arrowheads, one entry per shape: its Cytoscape.js name, its parts as Cytoscape.js draws
 * them (for the SVG renderer's markers and the legend's swatches) and where a line stops before it.
 * Adding a shape is one entry here and its use in the grammar (visualGrammar.ts).
 */
import type { Point } from '../geometry/types.ts';

/**
 * A part in Cytoscape.js's unit frame, x across the edge and y back along it, the target's outline
 * at y = 0: a polygon's coordinates, or a circle's centre and radius.
 */
type UnitPart = { polygon: readonly number[] } | { circle: readonly [number, number, number] };

interface ArrowShapeEntry {
	/** Cytoscape.js's `target-arrow-shape`. */
	cytoscape:
		| 'triangle'
		| 'vee'
		| 'chevron'
		| 'circle-triangle'
		| 'tee'
		| 'square'
		| 'diamond'
		| 'circle'
		| 'none';
	/** The shape's parts; empty for no head. */
	unit: readonly UnitPart[];
	/**
	 * How far before the target's outline a filled head's tip and line stop, for a line width.
	 * Cytoscape.js stops a line short of its arrow's tip (its gap); a hollow head's line stops at
	 * its base instead (arrowSetback).
	 */
	stop: (lineWidth: number) => { tip: number; line: number };
}

/** Cytoscape.js's `arrow-scale`: heads half as large again as its default, legible on a slide. */
export const ARROW_SCALE = 1.5;

/** Cytoscape.js's gap between a line's end and the target: a share of the width, scaled. */
const gap = (share: number) => (width: number) => ({ tip: 0, line: share * width * ARROW_SCALE });
const standardStop = gap(2);

export const ARROW_SHAPES = {
	triangle: {
		cytoscape: 'triangle',
		unit: [{ polygon: [-0.15, -0.3, 0, 0, 0.15, -0.3] }],
		stop: standardStop
	},
	vee: {
		cytoscape: 'vee',
		unit: [{ polygon: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15] }],
		stop: gap(1.05)
	},
	chevron: {
		cytoscape: 'chevron',
		unit: [{ polygon: [0, 0, -0.15, -0.15, -0.1, -0.2, 0, -0.1, 0.1, -0.2, 0.15, -0.15] }],
		stop: gap(0.95)
	},
	// Cytoscape.js moves the circle back by its radius, so it touches the target
	'circle-triangle': {
		cytoscape: 'circle-triangle',
		unit: [{ circle: [0, -0.15, 0.15] }, { polygon: [0, -0.3, 0.15, -0.6, -0.15, -0.6] }],
		stop: standardStop
	},
	tee: {
		cytoscape: 'tee',
		unit: [{ polygon: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0] }],
		stop: () => ({ tip: 1, line: 1 })
	},
	square: {
		cytoscape: 'square',
		unit: [{ polygon: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3] }],
		stop: standardStop
	},
	diamond: {
		cytoscape: 'diamond',
		unit: [{ polygon: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0] }],
		stop: gap(1)
	},
	circle: { cytoscape: 'circle', unit: [{ circle: [0, -0.15, 0.15] }], stop: standardStop },
	none: { cytoscape: 'none', unit: [], stop: () => ({ tip: 0, line: 0 }) }
} as const satisfies Record<string, ArrowShapeEntry>;

export type ArrowShape = keyof typeof ARROW_SHAPES;

/** Cytoscape.js's arrow size for a line width, at ARROW_SCALE. */
export const arrowSize = (lineWidth: number) =>
	Math.max((lineWidth * 13.37) ** 0.9, 29) * ARROW_SCALE;

/** A part drawn: the tip at (0, 0), the edge along +x. */
export type ArrowPart = { polygon: Point[] } | { circle: Point & { r: number } };

/** The arrowhead's parts for an edge of this width, the tip at (0, 0), the edge along +x. */
export function arrowParts(shape: ArrowShape, lineWidth: number): ArrowPart[] {
	const size = arrowSize(lineWidth);
	const parts: readonly UnitPart[] = ARROW_SHAPES[shape].unit;
	return parts.map((part): ArrowPart => {
		if ('circle' in part) {
			const [x, y, r] = part.circle;
			return { circle: { x: y * size, y: x * size, r: r * size } };
		}
		const u = part.polygon;
		return {
			polygon: Array.from({ length: u.length / 2 }, (_, i) => ({
				x: u[2 * i + 1]! * size,
				y: u[2 * i]! * size
			}))
		};
	});
}

/** Every point of the parts' outlines, circles by their four extremes: for boxes and setbacks. */
export function arrowExtremes(shape: ArrowShape, lineWidth: number): Point[] {
	return arrowParts(shape, lineWidth).flatMap((p) =>
		'polygon' in p
			? p.polygon
			: [
					{ x: p.circle.x - p.circle.r, y: p.circle.y },
					{ x: p.circle.x + p.circle.r, y: p.circle.y },
					{ x: p.circle.x, y: p.circle.y - p.circle.r },
					{ x: p.circle.x, y: p.circle.y + p.circle.r }
				]
	);
}

/** The parts as SVG path data, moved by `at` and scaled by `scale`. */
export function arrowPathData(
	shape: ArrowShape,
	lineWidth: number,
	at: Point = { x: 0, y: 0 },
	scale = 1
): string {
	const x = (v: number) => at.x + v * scale;
	const y = (v: number) => at.y + v * scale;
	return arrowParts(shape, lineWidth)
		.map((p) => {
			if ('polygon' in p) return `M ${p.polygon.map((q) => `${x(q.x)} ${y(q.y)}`).join(' L ')} Z`;
			const { x: cx, y: cy, r } = p.circle;
			const arc = `A ${r * scale} ${r * scale} 0 1 0`;
			return `M ${x(cx - r)} ${y(cy)} ${arc} ${x(cx + r)} ${y(cy)} ${arc} ${x(cx - r)} ${y(cy)} Z`;
		})
		.join(' ');
}
