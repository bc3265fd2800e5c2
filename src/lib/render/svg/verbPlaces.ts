/**
 * Where each edge's verb is written: at the middle of its path if the label sits clear there,
 * else along its stretches, longest first (their middles, then further along, then to either side
 * of the line); a place is clear when the label's box meets no node, no mark on an arrow, no
 * compartment title and no verb already placed, and lies inside the figure. Where none is (an
 * arrow too short between two nodes), the verb is not written: its arrowhead and the legend say
 * the relation, where a verb half under a node would not. On a plumb stretch the verb stands beside the line, not across it,
 * so the line runs on unbroken.
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

/** Where along a stretch a verb may stand: its middle first, then further out. */
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8];
const at = (s: Stretch, t: number): Point => ({
	x: s.a.x + t * (s.b.x - s.a.x),
	y: s.a.y + t * (s.b.y - s.a.y)
});

/** The middle of the path, then points along its stretches, longest first, each with its stretch. */
function candidates(points: Point[]): { at: Point; on?: Stretch }[] {
	const stretches = points.slice(1).map((b, k) => ({ a: points[k]!, b }));
	const longestFirst = [...stretches].sort((p, q) => lengthOf(q) - lengthOf(p));
	const along = ALONG.flatMap((t) => longestFirst.map((s) => ({ at: at(s, t), on: s })));
	const on = middleStretch(stretches);
	return [{ at: pointAlong(points, 0.5), ...(on ? { on } : {}) }, ...along];
}

/**
 * A label's box beside the line instead of across it: above and below it, then left and right,
 * each a little further out in turn (an arrow too short for its verb between two nodes gets it
 * just above or beside them).
 */
function sides(p: Point, width: number, height: number, gap: number): Point[] {
	return [0, 1, 2, 3].flatMap((n) => {
		const dy = height / 2 + gap + (n * height) / 2;
		const dx = width / 2 + gap + (n * width) / 2;
		return [
			{ x: p.x, y: p.y - dy },
			{ x: p.x, y: p.y + dy },
			{ x: p.x - dx, y: p.y },
			{ x: p.x + dx, y: p.y }
		];
	});
}

const inside = (r: Rect, frame: Rect | undefined) =>
	!frame || (r.x1 >= frame.x1 && r.y1 >= frame.y1 && r.x2 <= frame.x2 && r.y2 <= frame.y2);

/** Beside a plumb line, by half the label and a gap; across any other, centred on it. */
const beside = ({ at, on }: { at: Point; on?: Stretch }, width: number, gap: number): Point =>
	on && plumb(on) ? { x: at.x + width / 2 + gap, y: at.y } : at;

export function verbPlaces(
	edges: LaidOutEdge[],
	nodes: LaidOutNode[],
	word: (e: LaidOutEdge) => string,
	size: number,
	halo: number,
	avoid: Placed[] = [],
	/** The figure's frame: a verb is written inside it. */
	frame?: Placed
): Map<string, Point> {
	const within = frame && boxOf(frame);
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
		const first = candidates(e.points).map((c) => beside(c, width, 2 * halo));
		const all = [...first, ...first.flatMap((p) => sides(p, width, height, 2 * halo))];
		const place = all.find((p) => inside(rect(p), within) && !taken.some((t) => meets(t, rect(p))));
		if (!place) continue;
		taken.push(rect(place));
		places.set(e.id, place);
	}
	return places;
}
