/** Overlaps a layout must not have: between nodes, and between a compartment and what is not in it. */
import type { Placed } from '../geometry/types.ts';

type Named = Placed & { id: string };

const overlap = (a: Placed, b: Placed) =>
	Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2;

/** How many pairs overlap that should not; 0 for a clean layout. */
export function countConflicts(
	nodes: (Named & { compartment?: string })[],
	compartments: (Named & { parent?: string })[]
): number {
	const parentOf = new Map(compartments.map((c) => [c.id, c.parent]));
	const within = (inner: string | undefined, outer: string) => {
		for (let at = inner; at; at = parentOf.get(at)) if (at === outer) return true;
		return false;
	};
	let count = 0;
	nodes.forEach((a, i) => nodes.slice(i + 1).forEach((b) => (count += overlap(a, b) ? 1 : 0)));
	for (const c of compartments) {
		for (const n of nodes) if (!within(n.compartment, c.id) && overlap(c, n)) count++;
		for (const d of compartments)
			if (c.id < d.id && !within(c.id, d.id) && !within(d.id, c.id) && overlap(c, d)) count++;
	}
	return count;
}
