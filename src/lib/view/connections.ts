/** A node's arrows, for its details: what it acts on, then what acts on it. */
import type { Pathway } from '../model/atlas.ts';
import { SUPPORTS, type Support } from '../schema/vocabulary.ts';

export interface Connection {
	edge: string;
	/** true: the node is the arrow's source. */
	out: boolean;
	/** The node at the arrow's other end. */
	partner: string;
	/** The strongest support of the arrow's evidence (stated, then listed, then background). */
	support: Support | undefined;
}

const strongest = (supports: Support[]): Support | undefined =>
	SUPPORTS.find((s) => supports.includes(s));

export function connectionsOf(pathway: Pathway, node: string): Connection[] {
	const of = (out: boolean) =>
		pathway.edges
			.filter((e) => (out ? e.source : e.target) === node)
			.map((e) => ({
				edge: e.id,
				out,
				partner: out ? e.target : e.source,
				support: strongest(e.evidence.map((ev) => ev.support))
			}));
	return [...of(true), ...of(false)];
}
