/**
 * Positions within each rank, from separation constraints: every vertex and each compartment's
 * two borders are variables; neighbours in a rank keep their gaps, and a compartment's borders,
 * shared by all its ranks, make its box a column no other node enters.
 */
import type { LayeredRun } from '../layered.ts';
import type { Clusters, Graph, Item } from './graph.ts';
import { project } from './project.ts';

export interface Paddings {
	acrossStart: number;
	acrossEnd: number;
	rankStart: number;
	rankEnd: number;
}

interface Constraint {
	l: number;
	r: number;
	gap: number;
}

/** The variable of an item: a vertex, or a compartment's opening or closing border. */
export const variables = (g: Graph, clusters: Clusters) => ({
	count: g.count + 2 * clusters.ids.length,
	open: (c: number) => g.count + 2 * c,
	close: (c: number) => g.count + 2 * c + 1
});
type Variables = ReturnType<typeof variables>;

/** The gap between two neighbours of a rank, by what they are. */
function gapBetween(a: Item, b: Item, g: Graph, pad: Paddings, spacing: LayeredRun['spacing']) {
	const half = (v: number) => g.across[v]! / 2;
	const sep = (v: number) => (g.dummy[v] ? spacing.edgeSep : spacing.nodeSep) / 2;
	if ('vertex' in a && 'vertex' in b)
		return half(a.vertex) + half(b.vertex) + sep(a.vertex) + sep(b.vertex);
	if ('vertex' in a) return half(a.vertex) + ('open' in b ? spacing.nodeSep / 2 : pad.acrossEnd);
	if ('vertex' in b) return half(b.vertex) + ('open' in a ? pad.acrossStart : spacing.nodeSep / 2);
	if ('open' in a && 'open' in b) return pad.acrossStart;
	if ('close' in a && 'close' in b) return pad.acrossEnd;
	if ('open' in a) return pad.acrossStart + pad.acrossEnd; // an empty stretch
	return spacing.nodeSep / 2; // one box closes, the next opens
}

export function separationConstraints(
	rows: Item[][],
	g: Graph,
	clusters: Clusters,
	vars: Variables,
	pad: Paddings,
	spacing: LayeredRun['spacing']
): Constraint[] {
	const nv = vars.count;
	const gaps = new Map<number, number>();
	const require = (l: number, r: number, gap: number) => {
		const k = l * nv + r;
		if ((gaps.get(k) ?? -Infinity) < gap) gaps.set(k, gap);
	};
	const varOf = (it: Item) =>
		'vertex' in it ? it.vertex : 'open' in it ? vars.open(it.open) : vars.close(it.close);
	for (const row of rows)
		for (let i = 0; i + 1 < row.length; i++)
			require(varOf(row[i]!), varOf(row[i + 1]!), gapBetween(
				row[i]!,
				row[i + 1]!,
				g,
				pad,
				spacing
			));
	for (let c = 0; c < clusters.ids.length; c++)
		require(vars.open(c), vars.close(c), clusters.minAcross[c]!);
	return [...gaps].map(([k, gap]) => ({ l: Math.floor(k / nv), r: k % nv, gap }));
}

/** A topological order of the constraints, and the packed placement it gives. */
export function packed(constraints: Constraint[], nv: number): { topo: number[]; x: Float64Array } {
	const outs: number[][] = Array.from({ length: nv }, () => []);
	const indeg = new Int32Array(nv);
	constraints.forEach((c, i) => {
		outs[c.l]!.push(i);
		indeg[c.r]!++;
	});
	const topo: number[] = [];
	for (let v = 0; v < nv; v++) if (!indeg[v]) topo.push(v);
	for (let i = 0; i < topo.length; i++)
		for (const ci of outs[topo[i]!]!)
			if (--indeg[constraints[ci]!.r]! === 0) topo.push(constraints[ci]!.r);
	if (topo.length !== nv) throw new Error('layered: compartment order is inconsistent');
	const x = new Float64Array(nv);
	for (const v of topo)
		for (const ci of outs[v]!) {
			const c = constraints[ci]!;
			x[c.r] = Math.max(x[c.r]!, x[v]! + c.gap);
		}
	return { topo, x };
}

/** Pulls every vertex toward the mean of its neighbours, round by round; borders only follow. */
export function pullTowardNeighbours(
	start: Float64Array,
	g: Graph,
	constraints: Constraint[],
	topo: number[],
	rounds: number
): Float64Array {
	const weight = new Float64Array(start.length).fill(1e-3);
	for (let v = 0; v < g.count; v++) weight[v] = g.dummy[v] ? 2 : 1;
	let x = start;
	for (let round = 0; round < rounds; round++) {
		const desired = Float64Array.from(x);
		for (let v = 0; v < g.count; v++) {
			const nbrs =
				round % 3 === 0 ? g.up[v]! : round % 3 === 1 ? g.down[v]! : [...g.up[v]!, ...g.down[v]!];
			if (!nbrs.length) continue;
			let s = 0;
			for (const w of nbrs) s += x[w]!;
			desired[v] = s / nbrs.length;
		}
		x = project(desired, weight, constraints, topo);
	}
	return x;
}

/** Ranks: each as tall as its tallest vertex, apart by rankSep or what the boxes need. */
export function rankCentres(
	rows: Item[][],
	g: Graph,
	clusters: Clusters,
	pad: Paddings,
	spacing: LayeredRun['spacing']
): { centre: Float64Array; length: number } {
	const thick = rows.map((row) =>
		row.reduce((m, it) => ('vertex' in it ? Math.max(m, g.along[it.vertex]!) : m), 0)
	);
	const nestedAt = (edge: 'minRank' | 'maxRank', r: number) => {
		let most = 0;
		for (let c = 0; c < clusters.ids.length; c++) {
			if (clusters[edge][c] !== r) continue;
			let depth = 1;
			for (let p = clusters.parent[c]!; p >= 0; p = clusters.parent[p]!)
				if (clusters[edge][p] === r) depth++;
			most = Math.max(most, depth);
		}
		return most;
	};
	const centre = new Float64Array(rows.length);
	let at = 0;
	for (let r = 0; r < rows.length; r++) {
		if (r > 0) {
			const need =
				nestedAt('maxRank', r - 1) * pad.rankEnd + nestedAt('minRank', r) * pad.rankStart;
			at += Math.max(spacing.rankSep, need + spacing.edgeSep);
		}
		centre[r] = at + thick[r]! / 2;
		at += thick[r]!;
	}
	return { centre, length: at };
}
