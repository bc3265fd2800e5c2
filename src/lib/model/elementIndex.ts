/**
 * A pathway's nodes and edges by id, built once per pathway object: the outline, the figure's
 * links and the script-free names look up every element, and a search through the lists for each
 * made a 5,000-node page's first script take seconds.
 */
import type { Pathway, PathwayEdge, PathwayNode } from './atlas.ts';

export interface ElementIndex {
	nodes: ReadonlyMap<string, PathwayNode>;
	edges: ReadonlyMap<string, PathwayEdge>;
}

const indexes = new WeakMap<Pathway, ElementIndex>();

/** Pathways are not changed once read (an edit makes a new one), so the index stays true. */
export function elementIndex(p: Pathway): ElementIndex {
	let index = indexes.get(p);
	if (!index) {
		index = {
			nodes: new Map(p.nodes.map((n) => [n.id, n])),
			edges: new Map(p.edges.map((e) => [e.id, e]))
		};
		indexes.set(p, index);
	}
	return index;
}

/** The node or edge of this id. */
export const elementById = (p: Pathway, id: string): PathwayNode | PathwayEdge | undefined => {
	const { nodes, edges } = elementIndex(p);
	return nodes.get(id) ?? edges.get(id);
};
