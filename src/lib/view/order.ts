/**
 * The reading order of a pathway's elements: as the lecture steps reveal them,
 * then whatever no step shows, nodes before edges, in file order.
 */
import type { Pathway } from '../model/atlas.ts';

export function elementOrder(pathway: Pathway): string[] {
	const seen = new Set<string>();
	const known = new Set([...pathway.nodes, ...pathway.edges].map((el) => el.id));
	const order: string[] = [];
	const add = (id: string) => {
		if (known.has(id) && !seen.has(id)) {
			seen.add(id);
			order.push(id);
		}
	};
	pathway.steps.forEach((s) => s.show.forEach(add));
	pathway.nodes.forEach((n) => add(n.id));
	pathway.edges.forEach((e) => add(e.id));
	return order;
}

/** The next (or previous) id in `order`, or undefined past either end. */
export function stepThrough(
	order: string[],
	current: string | undefined,
	delta: 1 | -1
): string | undefined {
	if (current === undefined || !order.includes(current))
		return delta === 1 ? order[0] : order.at(-1);
	return order[order.indexOf(current) + delta];
}
