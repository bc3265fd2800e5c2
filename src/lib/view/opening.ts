/**
 * A pathway's opening: the elements its first `steps` lecture steps show, and the nodes their
 * arrows join; or, where a first step is itself too large, its first `nodes` nodes in the order
 * the step names them, along its arrows. An index card previews it, so a reader sees where the pathway starts at a
 * size that can be read, rather than the whole figure shrunk to a stamp.
 */
import { withoutElements } from '../layout/withoutElements.ts';
import type { Pathway } from '../model/atlas.ts';

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
	const links = pathway.edges.filter((e) => shown.has(e.id));
	const neighbours = (id: string) =>
		links.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
	const walk = (from: string) => {
		const order = [from];
		for (let i = 0; i < order.length; i++)
			for (const next of neighbours(order[i]!)) if (!order.includes(next)) order.push(next);
		return order;
	};
	const groups = nodes.map(walk);
	const largest = groups.reduce((best, g) => (g.length > best.length ? g : best), groups[0] ?? []);
	const kept = new Set(largest.slice(0, count));
	for (const id of nodes) if (!kept.has(id)) shown.delete(id);
}

/**
 * A pathway without lecture steps: its first `count` nodes, walked along its arrows (either way)
 * from its first node, and the arrows between them.
 */
export function firstNodes(pathway: Pathway, count: number): Pathway {
	const neighbours = new Map<string, string[]>();
	const link = (a: string, b: string) => {
		const list = neighbours.get(a) ?? [];
		neighbours.set(a, list);
		list.push(b);
	};
	for (const e of pathway.edges) {
		link(e.source, e.target);
		link(e.target, e.source);
	}
	const order = pathway.nodes.slice(0, 1).map((n) => n.id);
	const kept = new Set(order);
	for (let i = 0; i < order.length; i++)
		for (const next of neighbours.get(order[i]!) ?? []) {
			if (kept.size >= count) break;
			if (kept.has(next)) continue;
			kept.add(next);
			order.push(next);
		}
	const hidden = pathway.nodes.map((n) => n.id).filter((id) => !kept.has(id));
	return withoutElements(pathway, new Set(hidden));
}
