/**
 * How cluttered a placement's arrows would be, before they are routed: each edge whose straight
 * line between its ends' centres runs through another node (it will need a detour), and each pair
 * of such lines that cross. Quick enough to weigh every candidate layout.
 */
import type { Pathway } from '../model/atlas.ts';
import type { Placed, Point } from '../geometry/types.ts';

type Segment = [Point, Point];

const cross = (o: Point, a: Point, b: Point) =>
	(a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Whether two segments cross at a point inside both (touching ends do not count). */
function crosses([a, b]: Segment, [c, d]: Segment): boolean {
	const d1 = cross(c, d, a);
	const d2 = cross(c, d, b);
	const d3 = cross(a, b, c);
	const d4 = cross(a, b, d);
	return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Whether the segment passes through the box's inside, a little shrunk. */
function through([a, b]: Segment, box: Placed): boolean {
	const steps = 24;
	for (let k = 1; k < steps; k++) {
		const x = a.x + ((b.x - a.x) * k) / steps;
		const y = a.y + ((b.y - a.y) * k) / steps;
		if (Math.abs(x - box.x) < box.width / 2 - 1 && Math.abs(y - box.y) < box.height / 2 - 1)
			return true;
	}
	return false;
}

/** `shapes`: every node and compartment by id (an edge may end on a collapsed compartment). */
export function clutter(pathway: Pathway, shapes: Map<string, Placed>): number {
	const nodes = pathway.nodes.flatMap((n): [string, Placed][] =>
		shapes.has(n.id) ? [[n.id, shapes.get(n.id)!]] : []
	);
	const lines = pathway.edges.flatMap((e): { e: typeof e; line: Segment }[] => {
		const [s, t] = [shapes.get(e.source), shapes.get(e.target)];
		return s && t ? [{ e, line: [s, t] }] : [];
	});
	let count = 0;
	for (const { e, line } of lines)
		for (const [id, box] of nodes)
			if (id !== e.source && id !== e.target && through(line, box)) count += 2;
	lines.forEach((a, i) => {
		for (const b of lines.slice(i + 1)) if (crosses(a.line, b.line)) count++;
	});
	return count;
}
