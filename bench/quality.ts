/**
 * How good a layout is, so speed is never bought with a tangle: crossings of the straight edge
 * segments as drawn, total edge length, and the figure's area.
 */
import type { LaidOutPathway } from '../src/lib/layout/types.ts';
import type { Point } from '../src/lib/geometry/types.ts';

export interface LayoutQuality {
	crossings: number;
	crossingsPerEdge: number;
	/** Mean edge length, px. */
	edgeLength: number;
	width: number;
	height: number;
	/** Million px². */
	area: number;
}

const orient = (a: Point, b: Point, c: Point) =>
	(b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);

/** Proper crossings only: segments that share an end (edges of one node) do not count. */
function cross(a: Point, b: Point, c: Point, d: Point): boolean {
	const d1 = orient(c, d, a);
	const d2 = orient(c, d, b);
	const d3 = orient(a, b, c);
	const d4 = orient(a, b, d);
	return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Crossings of straight segments, bucketed by x so that far-apart segments are never compared. */
export function countCrossings(segments: [Point, Point][]): number {
	if (segments.length < 2) return 0;
	const boxes = segments.map(([a, b]) => ({
		x1: Math.min(a.x, b.x),
		x2: Math.max(a.x, b.x),
		y1: Math.min(a.y, b.y),
		y2: Math.max(a.y, b.y)
	}));
	const order = boxes.map((_, i) => i).sort((i, j) => boxes[i]!.x1 - boxes[j]!.x1);
	let count = 0;
	// Sweep by left end: compare only with segments whose x-range is still open.
	const open: number[] = [];
	for (const i of order) {
		const bi = boxes[i]!;
		let keep = 0;
		for (const j of open) {
			const bj = boxes[j]!;
			if (bj.x2 < bi.x1) continue;
			open[keep++] = j;
			if (bj.y2 < bi.y1 || bi.y2 < bj.y1) continue;
			const [a, b] = segments[i]!;
			const [c, d] = segments[j]!;
			if (cross(a, b, c, d)) count++;
		}
		open.length = keep;
		open.push(i);
	}
	return count;
}

export function layoutQuality(laidOut: LaidOutPathway): LayoutQuality {
	const segments = laidOut.edges.map(
		(e) => [e.points[0]!, e.points[e.points.length - 1]!] as [Point, Point]
	);
	const crossings = countCrossings(segments);
	const length = segments.reduce((sum, [a, b]) => sum + Math.hypot(b.x - a.x, b.y - a.y), 0);
	return {
		crossings,
		crossingsPerEdge: segments.length ? crossings / segments.length : 0,
		edgeLength: segments.length ? length / segments.length : 0,
		width: laidOut.width,
		height: laidOut.height,
		area: (laidOut.width * laidOut.height) / 1e6
	};
}
