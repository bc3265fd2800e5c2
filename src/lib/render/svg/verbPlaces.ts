/**
 * Where each edge's verb is written: at the middle of its path if the label sits clear there,
 * else at the middle of its longest stretch, then of the others, longest first; a place is clear
 * when the label's box meets no node, no mark on an arrow and no verb already placed. Where none is, the middle. On a
 * plumb stretch the verb stands beside the line, not across it, so the line runs on unbroken.
 */
import type { Placed, Point } from '../../geometry/types.ts';
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

const boxOf = (n: Placed): Rect => ({
	x1: n.x - n.width / 2,
	y1: n.y - n.height / 2,
	x2: n.x + n.width / 2,
	y2: n.y + n.height / 2
});

interface Stretch {
	a: Point;
	b: Point;
}

const lengthOf = (s: Stretch) => Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y);
const plumb = (s: Stretch) => Math.abs(s.b.x - s.a.x) < 0.5 && lengthOf(s) > 0;

/** The stretch the middle of the path lies on. */
function middleStretch(stretches: Stretch[]): Stretch | undefined {
	let left = stretches.reduce((sum, s) => sum + lengthOf(s), 0) / 2;
	for (const s of stretches) {
		if (left <= lengthOf(s)) return s;
		left -= lengthOf(s);
	}
	return stretches.at(-1);
}

/** The middle of the path, then the middles of its stretches, longest first, each with its stretch. */
function candidates(points: Point[]): { at: Point; on?: Stretch }[] {
	const stretches = points.slice(1).map((b, k) => ({ a: points[k]!, b }));
	const middles = [...stretches]
		.sort((p, q) => lengthOf(q) - lengthOf(p))
		.map((s) => ({ at: { x: (s.a.x + s.b.x) / 2, y: (s.a.y + s.b.y) / 2 }, on: s }));
	const on = middleStretch(stretches);
	return [{ at: pointAlong(points, 0.5), ...(on ? { on } : {}) }, ...middles];
}

/** Beside a plumb line, by half the label and a gap; across any other, centred on it. */
const beside = ({ at, on }: { at: Point; on?: Stretch }, width: number, gap: number): Point =>
	on && plumb(on) ? { x: at.x + width / 2 + gap, y: at.y } : at;

export function verbPlaces(
	edges: LaidOutEdge[],
	nodes: LaidOutNode[],
	word: (e: LaidOutEdge) => string,
	size: number,
	halo: number,
	avoid: Placed[] = []
): Map<string, Point> {
	const taken: Rect[] = [...nodes, ...avoid].map(boxOf);
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
		const all = candidates(e.points).map((c) => beside(c, width, 2 * halo));
		const place = all.find((p) => !taken.some((t) => meets(t, rect(p)))) ?? all[0]!;
		taken.push(rect(place));
		places.set(e.id, place);
	}
	return places;
}
