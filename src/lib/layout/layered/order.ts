/** The order of each rank: barycentre sweeps that keep every compartment together. */
import type { Clusters, Graph, Item } from './graph.ts';

/** Crossings between two adjacent ranks, counted as inversions (accumulator tree). */
function crossingsBetween(upper: number[], lower: number[], g: Graph, pos: Int32Array): number {
	const ends: [number, number][] = [];
	for (const u of upper) for (const w of g.down[u]!) ends.push([pos[u]!, pos[w]!]);
	ends.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let first = 1;
	while (first < lower.length) first *= 2;
	const tree = new Int32Array(2 * first);
	let count = 0;
	for (const [, p] of ends) {
		let i = p + first;
		tree[i]!++;
		while (i > 1) {
			if (i % 2 === 0) count += tree[i + 1]!;
			i = i >> 1;
			tree[i]!++;
		}
	}
	return count;
}

function totalCrossings(layers: number[][], g: Graph, pos: Int32Array): number {
	let sum = 0;
	for (let r = 0; r + 1 < layers.length; r++)
		sum += crossingsBetween(layers[r]!, layers[r + 1]!, g, pos);
	return sum;
}

/**
 * Orders every rank to reduce crossings. The members of a compartment stay together in each rank,
 * and sibling compartments keep one left-to-right order in all ranks (by their mean position),
 * so every compartment can be a column. A compartment that spans a rank without a vertex in it
 * still takes its place there. Returns each rank as items, borders included.
 */
export function order(g: Graph, clusters: Clusters, sweeps: number): Item[][] {
	let ranks = 0;
	for (let v = 0; v < g.count; v++) ranks = Math.max(ranks, g.rank[v]! + 1);
	const layers: number[][] = Array.from({ length: ranks }, () => []);
	for (let v = 0; v < g.count; v++) layers[g.rank[v]!]!.push(v);
	const pos = new Int32Array(g.count);
	const norm = new Float64Array(g.count);
	const place = (r: number) =>
		layers[r]!.forEach((v, i) => {
			pos[v] = i;
			norm[v] = (i + 0.5) / layers[r]!.length;
		});
	// A first order: depth-first from the top, so connected vertices start near each other.
	const visited = new Uint8Array(g.count);
	const firstSeen = new Int32Array(g.count);
	let seen = 0;
	const stack: number[] = [];
	for (const start of [...Array(g.count).keys()].sort((a, b) => g.rank[a]! - g.rank[b]!)) {
		if (visited[start]) continue;
		stack.push(start);
		while (stack.length) {
			const v = stack.pop()!;
			if (visited[v]) continue;
			visited[v] = 1;
			firstSeen[v] = seen++;
			for (let i = g.down[v]!.length - 1; i >= 0; i--) stack.push(g.down[v]![i]!);
		}
	}
	for (let r = 0; r < ranks; r++) {
		layers[r]!.sort((a, b) => firstSeen[a]! - firstSeen[b]!);
		place(r);
	}

	const key = new Float64Array(g.count);
	const clusterKey = new Float64Array(clusters.ids.length);
	const topClusters = clusters.ids.map((_, i) => i).filter((i) => clusters.parent[i]! < 0);
	const present = (c: number, r: number) => clusters.minRank[c]! <= r && r <= clusters.maxRank[c]!;
	/** Rank r as items: each compartment level sorted, vertices by key, compartments by theirs. */
	const arrange = (r: number): Item[] => {
		const byCluster = new Map<number, number[]>();
		for (const v of layers[r]!) {
			const c = g.cluster[v]!;
			(byCluster.get(c) ?? byCluster.set(c, []).get(c)!).push(v);
		}
		const out: Item[] = [];
		const emit = (c: number) => {
			if (c >= 0) out.push({ open: c });
			const own = (byCluster.get(c) ?? []).map((v) => ({ k: key[v]!, v, c: -1 }));
			const kids = (c < 0 ? topClusters : clusters.children[c]!)
				.filter((k) => present(k, r))
				.map((k) => ({ k: clusterKey[k]!, v: -1, c: k }));
			for (const item of [...own, ...kids].sort((a, b) => a.k - b.k)) {
				if (item.c >= 0) emit(item.c);
				else out.push({ vertex: item.v });
			}
			if (c >= 0) out.push({ close: c });
		};
		emit(-1);
		layers[r] = out.flatMap((it) => ('vertex' in it ? [it.vertex] : []));
		place(r);
		return out;
	};
	const updateClusterKeys = () => {
		const sum = new Float64Array(clusters.ids.length);
		const n = new Float64Array(clusters.ids.length);
		for (let v = 0; v < g.count; v++)
			for (let c = g.cluster[v]!; c >= 0; c = clusters.parent[c]!) {
				sum[c] = sum[c]! + norm[v]!;
				n[c]!++;
			}
		for (let c = 0; c < clusters.ids.length; c++) clusterKey[c] = n[c] ? sum[c]! / n[c]! : 0.5;
	};

	let best: Item[][] = [];
	let bestCrossings = Infinity;
	// Sweep 0 only groups the first order; then down, up, down... each from fresh compartment keys.
	for (let sweep = 0; sweep <= 2 * sweeps && bestCrossings > 0; sweep++) {
		const downward = sweep % 2 === 1;
		updateClusterKeys();
		const rows: Item[][] = new Array<Item[]>(ranks);
		for (let step = 0; step < ranks; step++) {
			const r = downward || sweep === 0 ? step : ranks - 1 - step;
			for (const v of layers[r]!) {
				const nbrs = sweep === 0 || step === 0 ? [] : downward ? g.up[v]! : g.down[v]!;
				let s = 0;
				for (const w of nbrs) s += norm[w]!;
				key[v] = nbrs.length ? s / nbrs.length : norm[v]!;
			}
			rows[r] = arrange(r);
		}
		const crossings = totalCrossings(layers, g, pos);
		if (crossings < bestCrossings) {
			bestCrossings = crossings;
			best = rows;
		}
	}
	return best;
}
