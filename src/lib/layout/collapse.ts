/**
 * Collapsed compartments: each drawn as one small box, with everything inside it hidden and the
 * edges that cross its border ending on the box. The pathway is rewritten before the layout, so
 * a collapsed view is laid out (and exported) like any other.
 */
import { mapLocalized } from '../i18n/localized.ts';
import type { Pathway } from '../model/atlas.ts';

/** The compartment chain around a node or compartment, innermost first. */
function chains(pathway: Pathway): (compartment: string | undefined) => string[] {
	const parents = new Map(pathway.compartments.map((c) => [c.id, c.parent]));
	return (compartment) => {
		const chain: string[] = [];
		for (let at = compartment; at && !chain.includes(at); at = parents.get(at)) chain.push(at);
		return chain;
	};
}

/** The outermost collapsed compartment in the chain, which stands for everything inside it. */
const outermostIn = (chain: string[], collapsed: ReadonlySet<string>) =>
	chain.findLast((c) => collapsed.has(c));

/** How many nodes each collapsed compartment hides (its nested compartments' included). */
export type HiddenCounts = Map<string, number>;

export function collapseCompartments(
	pathway: Pathway,
	collapsed: ReadonlySet<string>
): { pathway: Pathway; hidden: HiddenCounts } {
	const known = new Set(pathway.compartments.map((c) => c.id));
	const shut = new Set([...collapsed].filter((c) => known.has(c)));
	if (!shut.size) return { pathway, hidden: new Map() };
	const chainOf = chains(pathway);
	const standIn = new Map<string, string>();
	for (const n of pathway.nodes) {
		const box = outermostIn(chainOf(n.compartment), shut);
		if (box) standIn.set(n.id, box);
	}
	const hidden: HiddenCounts = new Map();
	for (const box of standIn.values()) hidden.set(box, (hidden.get(box) ?? 0) + 1);
	// A compartment inside a collapsed one is hidden with it; a collapsed one says how much it holds.
	const compartments = pathway.compartments
		.filter((c) => outermostIn(chainOf(c.parent), shut) === undefined)
		.map((c) => {
			if (!shut.has(c.id)) return c;
			hidden.set(c.id, hidden.get(c.id) ?? 0);
			const count = hidden.get(c.id);
			return { ...c, label: mapLocalized(c.label, (label) => `${label} (+${count})`) };
		});
	const end = (id: string) => standIn.get(id) ?? id;
	const edges = pathway.edges
		.map((e) => ({ ...e, source: end(e.source), target: end(e.target) }))
		.filter((e) => !(e.source === e.target && shut.has(e.source)));
	return {
		pathway: {
			...pathway,
			compartments,
			nodes: pathway.nodes.filter((n) => !standIn.has(n.id)),
			edges
		},
		hidden
	};
}

/** The compartments to open so that an element (node or edge) shows. */
export function compartmentsAround(pathway: Pathway, id: string): string[] {
	const node = (nodeId: string) => pathway.nodes.find((n) => n.id === nodeId);
	const edge = pathway.edges.find((e) => e.id === id);
	const ends = edge ? [node(edge.source), node(edge.target)] : [node(id)];
	const chainOf = chains(pathway);
	return [...new Set(ends.flatMap((n) => chainOf(n?.compartment)))];
}
