/**
 * Cumulative reveal: each element belongs to the first step that shows it. At step n the elements
 * of step n are current, those of earlier steps are kept (quieter), the rest are later. An edge
 * brings its two ends with it, and a node (or a compartment named in a step) brings the
 * compartments around it.
 */
import type { Pathway, Step } from '../model/atlas.ts';

export type RevealState = 'current' | 'earlier' | 'later';

/** The 1-based step that first reveals each element; elements no step reveals are absent. */
export function firstSteps(pathway: Pathway, steps: Step[]): Map<string, number> {
	const first = new Map<string, number>();
	const edges = new Map(pathway.edges.map((e) => [e.id, e]));
	const nodes = new Map(pathway.nodes.map((n) => [n.id, n]));
	const parents = new Map(pathway.compartments.map((c) => [c.id, c.parent]));
	const reveal = (id: string | undefined, n: number) => {
		if (id && !first.has(id)) first.set(id, n);
	};
	const revealCompartment = (id: string | undefined, n: number) => {
		for (let c = id; c && parents.has(c); c = parents.get(c)) reveal(c, n);
	};
	const revealNode = (id: string, n: number) => {
		if (parents.has(id)) return revealCompartment(id, n);
		if (!nodes.has(id)) return;
		reveal(id, n);
		revealCompartment(nodes.get(id)?.compartment, n);
	};
	steps.forEach((step, i) => {
		for (const id of step.show) {
			const edge = edges.get(id);
			if (edge) {
				revealNode(edge.source, i + 1);
				revealNode(edge.target, i + 1);
				reveal(id, i + 1);
			} else revealNode(id, i + 1);
		}
	});
	return first;
}

/** The state of every node, edge and compartment of the pathway at `step` (1-based). */
export function revealStates(
	pathway: Pathway,
	first: Map<string, number>,
	step: number
): Map<string, RevealState> {
	const ids = [...pathway.compartments, ...pathway.nodes, ...pathway.edges].map((el) => el.id);
	return new Map(
		ids.map((id): [string, RevealState] => {
			const n = first.get(id);
			if (n === undefined || n > step) return [id, 'later'];
			return [id, n === step ? 'current' : 'earlier'];
		})
	);
}
