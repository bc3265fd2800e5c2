/**
 * The pathway a filter leaves ("only what the sources say", "only what is shown in humans"): its
 * hidden nodes and arrows gone, with every arrow that touched a hidden node, and every compartment
 * left with nothing inside. Laid out anew, the figure then draws no empty or overlapping boxes.
 */
import type { Compartment, Pathway } from '../model/atlas.ts';

export function withoutElements(pathway: Pathway, hidden: ReadonlySet<string>): Pathway {
	if (hidden.size === 0) return pathway;
	const nodes = pathway.nodes.filter((n) => !hidden.has(n.id));
	const kept = new Set(nodes.map((n) => n.id));
	const edges = pathway.edges.filter(
		(e) => !hidden.has(e.id) && kept.has(e.source) && kept.has(e.target)
	);
	const shown = new Set([...kept, ...edges.map((e) => e.id)]);
	const steps = pathway.steps
		.map((s) => ({ ...s, show: s.show.filter((id) => shown.has(id)) }))
		.filter((s) => s.show.length > 0);
	const occupied = occupiedCompartments(pathway.compartments, nodes);
	const compartments = pathway.compartments.filter((c) => occupied.has(c.id));
	return { ...pathway, nodes, edges, steps, compartments };
}

/** The compartments that hold a node, directly or through a compartment inside them. */
function occupiedCompartments(compartments: Compartment[], nodes: { compartment?: string }[]) {
	const parent = new Map(compartments.map((c) => [c.id, c.parent]));
	const occupied = new Set<string>();
	for (const n of nodes)
		for (let at = n.compartment; at && !occupied.has(at); at = parent.get(at)) occupied.add(at);
	return occupied;
}
