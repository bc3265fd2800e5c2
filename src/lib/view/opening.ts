/**
 * A pathway's opening: the elements its first `steps` lecture steps show, and the nodes their
 * arrows join; or, where a first step is itself too large, its first `nodes` nodes in the order
 * the step names them, along its arrows. An index card previews it, so a reader sees where the pathway starts at a
 * size that can be read, rather than the whole figure shrunk to a stamp.
 */
import { withoutElements } from '../layout/withoutElements.ts';
import type { Pathway, PathwayEdge } from '../model/atlas.ts';

export function opening(pathway: Pathway, steps: number, nodes = Infinity): Pathway {
	const shown = new Set(pathway.steps.slice(0, steps).flatMap((s) => s.show));
	for (const e of pathway.edges)
		if (shown.has(e.id)) for (const end of [e.source, e.target]) shown.add(end);
	if (nodes < Infinity) limitNodes(pathway, shown, nodes);
	const hidden = new Set(
		[...pathway.nodes, ...pathway.edges].map((x) => x.id).filter((id) => !shown.has(id))
	);
	return withoutElements(pathway, hidden);
}

/**
 * Keeps `count` shown nodes joined by shown arrows: the largest such group (the first named, on a
 * tie), walked from its first named node along its arrows, so the preview is a piece of the chain.
 */
function limitNodes(pathway: Pathway, shown: Set<string>, count: number) {
	const named = [
		...new Set([...pathway.steps.flatMap((s) => s.show), ...pathway.nodes.map((n) => n.id)])
	];
	const nodes = named.filter((id) => shown.has(id) && pathway.nodes.some((n) => n.id === id));
	const neighbours = neighbourMap(pathway.edges.filter((e) => shown.has(e.id)));
	const groups = nodes.map((id) => walk(id, neighbours));
	const largest = groups.reduce((best, g) => (g.length > best.length ? g : best), groups[0] ?? []);
	const kept = new Set(largest.slice(0, count));
	for (const id of nodes) if (!kept.has(id)) shown.delete(id);
}

/**
 * A pathway without lecture steps: its first `count` nodes, walked along its arrows (either way)
 * from its first node, and the arrows between them.
 */
export function firstNodes(pathway: Pathway, count: number): Pathway {
	const first = pathway.nodes[0]?.id;
	const kept = new Set(first ? walk(first, neighbourMap(pathway.edges), count) : []);
	const hidden = pathway.nodes.map((n) => n.id).filter((id) => !kept.has(id));
	return withoutElements(pathway, new Set(hidden));
}

/** Each node's neighbours along the arrows, either way, in the arrows' order. */
function neighbourMap(edges: readonly PathwayEdge[]): Map<string, string[]> {
	const neighbours = new Map<string, string[]>();
	const link = (a: string, b: string) =>
		neighbours
			.set(a, neighbours.get(a) ?? [])
			.get(a)!
			.push(b);
	for (const e of edges) {
		link(e.source, e.target);
		link(e.target, e.source);
	}
	return neighbours;
}

/** The nodes reached from `from` along the arrows, breadth first: at most `limit` of them. */
function walk(from: string, neighbours: Map<string, string[]>, limit = Infinity): string[] {
	const order = [from];
	const seen = new Set(order);
	for (let i = 0; i < order.length && order.length < limit; i++)
		for (const next of neighbours.get(order[i]!) ?? []) {
			if (order.length >= limit) break;
			if (seen.has(next)) continue;
			seen.add(next);
			order.push(next);
		}
	return order;
}
