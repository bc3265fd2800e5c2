/** Points along a polyline, by the share of its length: an edge's bends count as they are drawn. */
import type { Point } from './types.ts';

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

/** The point at `share` (0 to 1) of the polyline's length; its first point for a single one. */
export function pointAlong(points: readonly Point[], share: number): Point {
	if (points.length === 0) throw new Error('pointAlong: a polyline needs at least one point');
	const lengths = points.slice(1).map((p, i) => distance(points[i]!, p));
	let left = Math.max(0, Math.min(1, share)) * lengths.reduce((a, b) => a + b, 0);
	for (const [i, length] of lengths.entries()) {
		if (left <= length && length > 0) {
			const t = left / length;
			const a = points[i]!;
			const b = points[i + 1]!;
			return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
		}
		left -= length;
	}
	return points[points.length - 1]!;
}
