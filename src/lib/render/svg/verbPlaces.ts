/**
 * Where each edge's verb is written: at the middle of its path if the label sits clear there,
 * else at the middle of its longest stretch, then of the others, longest first; a place is clear
 * when the label's box meets no node and no verb already placed. Where none is, the middle.
 */
import type { Point } from '../../geometry/types.ts';
import { pointAlong } from '../../geometry/polyline.ts';
import type { LaidOutEdge, LaidOutNode } from '../../layout/types.ts';
import { measureText } from '../../layout/measureText.ts';

interface Rect {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

const meets = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const boxOf = (n: LaidOutNode): Rect => ({
	x1: n.x - n.width / 2,
	y1: n.y - n.height / 2,
	x2: n.x + n.width / 2,
	y2: n.y + n.height / 2
});

/** The middle of the path, then the middles of its stretches, longest first. */
function candidates(points: Point[]): Point[] {
	const stretches = points.slice(1).map((b, k) => ({ a: points[k]!, b }));
	const length = (s: { a: Point; b: Point }) => Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y);
	const middles = [...stretches]
		.sort((p, q) => length(q) - length(p))
		.map((s) => ({ x: (s.a.x + s.b.x) / 2, y: (s.a.y + s.b.y) / 2 }));
	return [pointAlong(points, 0.5), ...middles];
}

export function verbPlaces(
	edges: LaidOutEdge[],
	nodes: LaidOutNode[],
	word: (e: LaidOutEdge) => string,
	size: number,
	halo: number
): Map<string, Point> {
	const taken: Rect[] = nodes.map(boxOf);
	const places = new Map<string, Point>();
	for (const e of edges) {
		if (!e.points.length) continue;
		const { width, height } = measureText(word(e), size);
		const rect = (p: Point): Rect => ({
			x1: p.x - width / 2 - halo,
			y1: p.y - height / 2 - halo,
			x2: p.x + width / 2 + halo,
			y2: p.y + height / 2 + halo
		});
		const all = candidates(e.points);
		const place = all.find((p) => !taken.some((t) => meets(t, rect(p)))) ?? all[0]!;
		taken.push(rect(place));
		places.set(e.id, place);
	}
	return places;
}
