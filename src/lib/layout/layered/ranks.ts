/** Ranks: cycles broken, longest paths, long edges split by dummy vertices. */
import type { Clusters, Graph } from './graph.ts';
import type { readGraph } from './input.ts';

/**
 * An order in which few edges point backwards (those are reversed): breadth-first depth from the
 * sources, then input order. In a cascade the depth is the step of the cascade, so the edges that
 * point back are its feedback loops. Vertices that no source reaches (a cycle with no way in)
 * start a search of their own, below everything they are reached from.
 */
function acyclicOrder(n: number, edges: readonly (readonly [number, number])[]): number[] {
	const outs: number[][] = Array.from({ length: n }, () => []);
	const indeg = new Int32Array(n);
	for (const [s, t] of edges) {
		if (s === t) continue;
		outs[s]!.push(t);
		indeg[t]!++;
	}
	const depth = new Int32Array(n).fill(-1);
	const queue: number[] = [];
	for (let v = 0; v < n; v++)
		if (!indeg[v]) {
			depth[v] = 0;
			queue.push(v);
		}
	let head = 0;
	const search = () => {
		for (; head < queue.length; head++) {
			const v = queue[head]!;
			for (const t of outs[v]!)
				if (depth[t]! < 0) {
					depth[t] = depth[v]! + 1;
					queue.push(t);
				}
		}
	};
	search();
	for (let v = 0; v < n; v++) {
		if (depth[v]! >= 0) continue;
		let deepest = 0;
		for (const u of queue) if (outs[u]!.includes(v)) deepest = Math.max(deepest, depth[u]! + 1);
		depth[v] = deepest;
		queue.push(v);
		search();
	}
	const byOrder = [...Array(n).keys()].sort((a, b) => depth[a]! - depth[b]! || a - b);
	const position = new Array<number>(n);
	byOrder.forEach((v, i) => (position[v] = i));
	return position;
}

/** Longest-path ranks, then each vertex moved within its slack toward the side with more edges. */
function assignRanks(n: number, edges: [number, number][]): number[] {
	const outs: number[][] = Array.from({ length: n }, () => []);
	const ins: number[][] = Array.from({ length: n }, () => []);
	for (const [s, t] of edges) {
		outs[s]!.push(t);
		ins[t]!.push(s);
	}
	const indeg = ins.map((l) => l.length);
	const topo: number[] = [];
	for (let v = 0; v < n; v++) if (!indeg[v]) topo.push(v);
	for (let i = 0; i < topo.length; i++)
		for (const t of outs[topo[i]!]!) if (--indeg[t]! === 0) topo.push(t);
	const rank = new Array<number>(n).fill(0);
	for (const v of topo) for (const t of outs[v]!) rank[t] = Math.max(rank[t]!, rank[v]! + 1);
	for (let pass = 0; pass < 2; pass++) {
		for (let i = topo.length - 1; i >= 0; i--) {
			const v = topo[i]!;
			const below = outs[v]!;
			const above = ins[v]!;
			if (below.length > above.length && below.length) {
				rank[v] = Math.min(...below.map((t) => rank[t]!)) - 1;
			} else if (above.length > below.length) {
				rank[v] = Math.max(...above.map((s) => rank[s]!)) + 1;
			}
		}
	}
	const min = rank.reduce((m, r) => Math.min(m, r), Infinity);
	return rank.map((r) => r - min);
}

export function buildGraph(input: ReturnType<typeof readGraph>): Graph {
	const n = input.leaves.length;
	const position = acyclicOrder(n, input.edges);
	const forward: [number, number][] = [];
	const seen = new Set<number>();
	for (const [s, t] of input.edges) {
		if (s === t) continue;
		const [a, b] = position[s]! < position[t]! ? [s, t] : [t, s];
		const key = a * n + b;
		if (seen.has(key)) continue;
		seen.add(key);
		forward.push([a, b]);
	}
	const rank = assignRanks(n, forward);
	const g: Graph = {
		count: n,
		leaves: input.leaves,
		across: [...input.across],
		along: [...input.along],
		dummy: new Array<boolean>(n).fill(false),
		cluster: [...input.leafCluster],
		rank,
		up: Array.from({ length: n }, () => []),
		down: Array.from({ length: n }, () => [])
	};
	const { parent } = input.clusters;
	const chain = (c: number) => {
		const out: number[] = [];
		for (let at = c; at >= 0; at = parent[at]!) out.push(at);
		return out;
	};
	const common = (a: number, b: number) => {
		const mine = new Set(chain(a));
		return chain(b).find((c) => mine.has(c)) ?? -1;
	};
	const link = (a: number, b: number) => {
		g.down[a]!.push(b);
		g.up[b]!.push(a);
	};
	for (const [s, t] of forward) {
		let from = s;
		const home = common(g.cluster[s]!, g.cluster[t]!);
		for (let r = rank[s]! + 1; r < rank[t]!; r++) {
			const d = g.count++;
			g.across.push(0);
			g.along.push(0);
			g.dummy.push(true);
			g.cluster.push(home);
			g.rank.push(r);
			g.up.push([]);
			g.down.push([]);
			link(from, d);
			from = d;
		}
		link(from, t);
	}
	return g;
}

/** Each compartment's rank span: from its leaves, and its children's. */
export function clusterSpans(g: Graph, clusters: Clusters): void {
	for (let v = 0; v < g.leaves.length; v++) {
		for (let c = g.cluster[v]!; c >= 0; c = clusters.parent[c]!) {
			clusters.minRank[c] = Math.min(clusters.minRank[c]!, g.rank[v]!);
			clusters.maxRank[c] = Math.max(clusters.maxRank[c]!, g.rank[v]!);
		}
	}
}
