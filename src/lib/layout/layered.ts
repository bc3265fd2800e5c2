/**
 * A layered (Sugiyama) layout for graphs too large for dagre: the same steps and the same input as
 * runDagre (sized nodes, compartments as compound parents, edges), in linear-ish time on flat
 * arrays. Cycles are broken greedily (Eades), ranks come from longest paths then pulled toward
 * their neighbours, long edges get dummy vertices, crossings are reduced by barycentre sweeps
 * that keep every compartment together, and positions within a rank come from separation
 * constraints (a compartment's two borders are shared by all its ranks, so its box is a column
 * no other node enters) solved by block merging, pulling each vertex toward its neighbours.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Direction } from '../schema/vocabulary.ts';
import { COMPARTMENT, LABEL_BAND } from './spacing.ts';
import type { Point } from '../geometry/types.ts';

export interface LayeredRun {
	direction: Direction;
	spacing: { nodeSep: number; rankSep: number; edgeSep: number };
	/** Crossing-reduction sweeps (each down then up). */
	sweeps?: number;
	/** Rounds of pulling vertices toward their neighbours. */
	rounds?: number;
}

interface Graph {
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

interface Clusters {
	ids: string[];
	parent: number[];
	children: number[][];
	minAcross: number[];
	minRank: number[];
	maxRank: number[];
}

/** Padding of a compartment on each side, in layout axes (ranks run down, "across" runs right). */
function paddings(direction: Direction) {
	const p = COMPARTMENT.padding;
	switch (direction) {
		case 'TB':
			return { acrossStart: p, acrossEnd: p, rankStart: LABEL_BAND, rankEnd: p };
		case 'BT':
			return { acrossStart: p, acrossEnd: p, rankStart: p, rankEnd: LABEL_BAND };
		default: // LR, RL: the label band is at the top, which is "across"
			return { acrossStart: LABEL_BAND, acrossEnd: p, rankStart: p, rankEnd: p };
	}
}

function readElements(elements: ElementDefinition[], direction: Direction) {
	const sideways = direction === 'LR' || direction === 'RL';
	const parentOf = new Map<string, string | undefined>();
	const size = new Map<string, { width: number; height: number }>();
	const edges: [string, string][] = [];
	for (const el of elements) {
		const d = el.data as Record<string, unknown>;
		if (el.group === 'edges') edges.push([String(d.source), String(d.target)]);
		else {
			parentOf.set(String(d.id), d.parent === undefined ? undefined : String(d.parent));
			size.set(String(d.id), { width: Number(d.width ?? 0), height: Number(d.height ?? 0) });
		}
	}
	const isParent = new Set([...parentOf.values()].filter((p): p is string => p !== undefined));
	const leaves = [...parentOf.keys()].filter((id) => !isParent.has(id));
	const clusterIds = [...parentOf.keys()].filter((id) => isParent.has(id));
	const clusterIndex = new Map(clusterIds.map((id, i) => [id, i]));
	const clusters: Clusters = {
		ids: clusterIds,
		parent: clusterIds.map((id) => clusterIndex.get(parentOf.get(id) ?? '') ?? -1),
		children: clusterIds.map(() => []),
		minAcross: clusterIds.map((id) => {
			const s = size.get(id)!;
			return sideways ? s.height : s.width;
		}),
		minRank: clusterIds.map(() => Infinity),
		maxRank: clusterIds.map(() => -Infinity)
	};
	clusters.parent.forEach((p, i) => p >= 0 && clusters.children[p]!.push(i));
	const leafIndex = new Map(leaves.map((id, i) => [id, i]));
	const firstLeaf = (id: string): number | undefined => {
		if (leafIndex.has(id)) return leafIndex.get(id);
		for (const [child, parent] of parentOf) if (parent === id) return firstLeaf(child);
		return undefined;
	};
	const extents = leaves.map((id) => size.get(id)!);
	return {
		leaves,
		clusters,
		leafCluster: leaves.map((id) => clusterIndex.get(parentOf.get(id) ?? '') ?? -1),
		across: extents.map((s) => (sideways ? s.height : s.width)),
		along: extents.map((s) => (sideways ? s.width : s.height)),
		edges: edges
			.map(([s, t]) => [firstLeaf(s), firstLeaf(t)] as const)
			.filter((e): e is readonly [number, number] => e[0] !== undefined && e[1] !== undefined)
	};
}

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

function buildGraph(input: ReturnType<typeof readElements>): Graph {
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
function clusterSpans(g: Graph, clusters: Clusters): void {
	for (let v = 0; v < g.leaves.length; v++) {
		for (let c = g.cluster[v]!; c >= 0; c = clusters.parent[c]!) {
			clusters.minRank[c] = Math.min(clusters.minRank[c]!, g.rank[v]!);
			clusters.maxRank[c] = Math.max(clusters.maxRank[c]!, g.rank[v]!);
		}
	}
}

/** A rank as drawn left to right: vertices, and each compartment's borders around its contents. */
type Item = { vertex: number } | { open: number } | { close: number };

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
function order(g: Graph, clusters: Clusters, sweeps: number): Item[][] {
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

/**
 * Minimal weighted movement from desired positions under separation constraints x[r] - x[l] >= gap
 * (an acyclic set): the "satisfy" pass of block-merging VPSC (Dwyer, Marriott & Stuckey 2006).
 */
function project(
	desired: Float64Array,
	weight: Float64Array,
	constraints: { l: number; r: number; gap: number }[],
	topo: number[]
): Float64Array {
	const n = desired.length;
	const block = new Int32Array(n);
	const offset = new Float64Array(n);
	const members: number[][] = [];
	const inbound: number[][] = [];
	const wsum = new Float64Array(n);
	const wpos = new Float64Array(n);
	const incoming: number[][] = Array.from({ length: n }, () => []);
	constraints.forEach((c, i) => incoming[c.r]!.push(i));
	for (let v = 0; v < n; v++) {
		block[v] = v;
		members.push([v]);
		inbound.push([...incoming[v]!]);
		wsum[v] = weight[v]!;
		wpos[v] = weight[v]! * desired[v]!;
	}
	const posn = (b: number) => wpos[b]! / wsum[b]!;
	const at = (v: number) => posn(block[v]!) + offset[v]!;
	for (const v of topo) {
		let b = block[v]!;
		for (;;) {
			// The most violated constraint into b from another block.
			const list = inbound[b]!;
			let worst = -1;
			let violation = 1e-9;
			let keep = 0;
			for (const ci of list) {
				const c = constraints[ci]!;
				if (block[c.l] === b) continue; // internal now: drop it
				list[keep++] = ci;
				const gap = at(c.l) + c.gap - at(c.r);
				if (gap > violation) {
					violation = gap;
					worst = ci;
				}
			}
			list.length = keep;
			if (worst < 0) break;
			const c = constraints[worst]!;
			const left = block[c.l]!;
			// Merge the smaller block into the larger one, the constraint made tight.
			let into: number, from: number, shift: number;
			if (members[left]!.length >= members[b]!.length) {
				into = left;
				from = b;
				shift = offset[c.l]! + c.gap - offset[c.r]!;
			} else {
				into = b;
				from = left;
				shift = offset[c.r]! - c.gap - offset[c.l]!;
			}
			for (const m of members[from]!) {
				offset[m] = offset[m]! + shift;
				block[m] = into;
			}
			wpos[into] = wpos[into]! + wpos[from]! - shift * wsum[from]!;
			wsum[into] = wsum[into]! + wsum[from]!;
			for (const m of members[from]!) members[into]!.push(m);
			for (const ci of inbound[from]!) inbound[into]!.push(ci);
			members[from] = [];
			inbound[from] = [];
			b = into;
		}
	}
	const x = new Float64Array(n);
	for (let v = 0; v < n; v++) x[v] = at(v);
	return x;
}

export function layered(elements: ElementDefinition[], run: LayeredRun): Map<string, Point> {
	const { direction, spacing } = run;
	const input = readElements(elements, direction);
	const { clusters } = input;
	const g = buildGraph(input);
	clusterSpans(g, clusters);
	const rows = order(g, clusters, run.sweeps ?? 6);
	const pad = paddings(direction);

	// Variables: every vertex, then each compartment's two borders.
	const C = clusters.ids.length;
	const nv = g.count + 2 * C;
	const openVar = (c: number) => g.count + 2 * c;
	const closeVar = (c: number) => g.count + 2 * c + 1;
	const half = (v: number) => (v < g.count ? g.across[v]! / 2 : 0);
	const sepOf = (v: number) => (v < g.count && g.dummy[v] ? spacing.edgeSep : spacing.nodeSep) / 2;
	const gaps = new Map<number, number>();
	const require = (l: number, r: number, gap: number) => {
		const k = l * nv + r;
		if ((gaps.get(k) ?? -Infinity) < gap) gaps.set(k, gap);
	};
	const varOf = (it: Item) =>
		'vertex' in it ? it.vertex : 'open' in it ? openVar(it.open) : closeVar(it.close);
	for (const row of rows) {
		for (let i = 0; i + 1 < row.length; i++) {
			const a = row[i]!;
			const b = row[i + 1]!;
			const l = varOf(a);
			const rv = varOf(b);
			let gap: number;
			if ('vertex' in a && 'vertex' in b) gap = half(l) + half(rv) + sepOf(l) + sepOf(rv);
			else if ('vertex' in a) gap = half(l) + ('open' in b ? spacing.nodeSep / 2 : pad.acrossEnd);
			else if ('vertex' in b)
				gap = half(rv) + ('open' in a ? pad.acrossStart : spacing.nodeSep / 2);
			else if ('open' in a && 'open' in b) gap = pad.acrossStart;
			else if ('close' in a && 'close' in b) gap = pad.acrossEnd;
			else if ('open' in a)
				gap = pad.acrossStart + pad.acrossEnd; // an empty stretch
			else gap = spacing.nodeSep / 2; // one box closes, the next opens
			require(l, rv, gap);
		}
	}
	for (let c = 0; c < C; c++) require(openVar(c), closeVar(c), clusters.minAcross[c]!);
	const constraints = [...gaps].map(([k, gap]) => ({ l: Math.floor(k / nv), r: k % nv, gap }));

	// A topological order of the constraints, and a first, packed placement.
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
	let x: Float64Array = new Float64Array(nv);
	for (const v of topo)
		for (const ci of outs[v]!) {
			const c = constraints[ci]!;
			x[c.r] = Math.max(x[c.r]!, x[v]! + c.gap);
		}

	// Pull every vertex toward the mean of its neighbours; borders only follow.
	const weight = new Float64Array(nv).fill(1e-3);
	for (let v = 0; v < g.count; v++) weight[v] = g.dummy[v] ? 2 : 1;
	const rounds = run.rounds ?? 8;
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

	// Ranks: each as tall as its tallest vertex, apart by rankSep or what the boxes need.
	const ranks = rows.length;
	const thick = rows.map((row) =>
		row.reduce((m, it) => ('vertex' in it ? Math.max(m, g.along[it.vertex]!) : m), 0)
	);
	const nestedAt = (edge: 'minRank' | 'maxRank', r: number) => {
		let most = 0;
		for (let c = 0; c < C; c++) {
			if (clusters[edge][c] !== r) continue;
			let depth = 1;
			for (let p = clusters.parent[c]!; p >= 0; p = clusters.parent[p]!)
				if (clusters[edge][p] === r) depth++;
			most = Math.max(most, depth);
		}
		return most;
	};
	const centre = new Float64Array(ranks);
	let at = 0;
	for (let r = 0; r < ranks; r++) {
		if (r > 0) {
			const need =
				nestedAt('maxRank', r - 1) * pad.rankEnd + nestedAt('minRank', r) * pad.rankStart;
			at += Math.max(spacing.rankSep, need + spacing.edgeSep);
		}
		centre[r] = at + thick[r]! / 2;
		at += thick[r]!;
	}

	const flipRank = direction === 'BT' || direction === 'RL';
	const sideways = direction === 'LR' || direction === 'RL';
	const point = (across: number, along: number): Point => {
		const a = flipRank ? at - along : along;
		return sideways ? { x: a, y: across } : { x: across, y: a };
	};
	const out = new Map<string, Point>();
	g.leaves.forEach((id, v) => out.set(id, point(x[v]!, centre[g.rank[v]!]!)));
	clusters.ids.forEach((id, c) => {
		const lo = clusters.minRank[c]!;
		const hi = clusters.maxRank[c]!;
		const along = Number.isFinite(lo) ? (centre[lo]! + centre[hi]!) / 2 : 0;
		out.set(id, point((x[openVar(c)]! + x[closeVar(c)]!) / 2, along));
	});
	return out;
}
