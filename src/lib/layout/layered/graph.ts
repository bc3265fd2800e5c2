/** The layered layout's graph: flat arrays indexed by vertex and by compartment. */

export interface Graph {
	/** Vertices: leaves first (ids), then dummies. */
	count: number;
	leaves: string[];
	/** In-layer and along-rank extents of each vertex. */
	across: number[];
	along: number[];
	dummy: boolean[];
	/** Innermost compartment of each vertex, -1 for none. */
	cluster: number[];
	rank: number[];
	/** Edges between adjacent ranks, upper end first. */
	up: number[][];
	down: number[][];
}

export interface Clusters {
	ids: string[];
	parent: number[];
	children: number[][];
	minAcross: number[];
	minRank: number[];
	maxRank: number[];
}

/** A rank as drawn left to right: vertices, and each compartment's borders around its contents. */
export type Item = { vertex: number } | { open: number } | { close: number };
