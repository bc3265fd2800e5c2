/**
 * The cheapest orthogonal path between two boxes' centres that enters no other box: A* over the
 * grid of the boxes' sides and the channels between them, a bend costing BEND units of length.
 * It leaves the source's box from its centre straight out through a side, and enters the target's
 * the same way, so an arrow meets its node square to the side it ends on.
 */
import type { Point } from '../geometry/types.ts';

export interface Box {
	id: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface RouteGrid {
	/** Every obstacle, the two ends' boxes among them or not. */
	boxes: Box[];
	source: Box & { centre: Point };
	target: Box & { centre: Point };
}

/** A bend costs as much as this much length: two bends must save more than a detour. */
const BEND = 40;
/** First a window this far around the two ends is searched; the whole grid only if that fails. */
const WINDOW = 360;

const DIRECTIONS: Point[] = [
	{ x: 1, y: 0 },
	{ x: -1, y: 0 },
	{ x: 0, y: 1 },
	{ x: 0, y: -1 }
];

const strictlyIn = (b: Box, p: Point) => p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2;

const tenth = (v: number) => Math.round(v * 10) / 10;
const rounded = (p: Point): Point => ({ x: tenth(p.x), y: tenth(p.y) });

/** Sorted distinct values, with the middle of each gap between neighbours added. */
function lines(values: number[]): number[] {
	const sorted = [...new Set(values.map(tenth))].sort((a, b) => a - b);
	const middles = sorted.slice(1).map((v, i) => tenth((v + sorted[i]!) / 2));
	return [...new Set([...sorted, ...middles])].sort((a, b) => a - b);
}

interface Grid {
	xs: number[];
	ys: number[];
	others: Box[];
	source: RouteGrid['source'];
	target: RouteGrid['target'];
}

function gridOf(route: RouteGrid, window: number): Grid {
	const source = { ...route.source, centre: rounded(route.source.centre) };
	const target = { ...route.target, centre: rounded(route.target.centre) };
	const x1 = Math.min(source.x1, target.x1) - window;
	const x2 = Math.max(source.x2, target.x2) + window;
	const y1 = Math.min(source.y1, target.y1) - window;
	const y2 = Math.max(source.y2, target.y2) + window;
	const others = route.boxes.filter(
		(b) =>
			b.id !== source.id && b.id !== target.id && b.x2 > x1 && b.x1 < x2 && b.y2 > y1 && b.y1 < y2
	);
	const all = [...others, source, target];
	return {
		xs: lines([...all.flatMap((b) => [b.x1, b.x2]), source.centre.x, target.centre.x]),
		ys: lines([...all.flatMap((b) => [b.y1, b.y2]), source.centre.y, target.centre.y]),
		others,
		source,
		target
	};
}

const key = (i: number, j: number, d: number) => (i * 100_000 + j) * 5 + d;

/** A min-heap of [cost, state]. */
class Heap {
	private items: [number, number][] = [];
	get size() {
		return this.items.length;
	}
	push(item: [number, number]) {
		const a = this.items;
		a.push(item);
		for (let i = a.length - 1; i > 0;) {
			const up = (i - 1) >> 1;
			if (a[up]![0] <= a[i]![0]) break;
			[a[up], a[i]] = [a[i]!, a[up]!];
			i = up;
		}
	}
	pop(): [number, number] {
		const a = this.items;
		const top = a[0]!;
		const last = a.pop()!;
		if (a.length) {
			a[0] = last;
			for (let i = 0; ;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < a.length && a[l]![0] < a[m]![0]) m = l;
				if (r < a.length && a[r]![0] < a[m]![0]) m = r;
				if (m === i) break;
				[a[m], a[i]] = [a[i]!, a[m]!];
				i = m;
			}
		}
		return top;
	}
}

/** Where one move from (i, j) in direction d lands, or undefined where it may not go. */
function step(g: Grid, i: number, j: number, d: number): [number, number] | undefined {
	const dir = DIRECTIONS[d]!;
	const at = (a: number, b: number): Point => ({ x: g.xs[a]!, y: g.ys[b]! });
	const from = at(i, j);
	const goal = g.target.centre;
	for (let a = i + dir.x, b = j + dir.y; ; a += dir.x, b += dir.y) {
		if (a < 0 || b < 0 || a >= g.xs.length || b >= g.ys.length) return undefined;
		const p = at(a, b);
		const last = at(a - dir.x, b - dir.y);
		const middle = { x: (p.x + last.x) / 2, y: (p.y + last.y) / 2 };
		if (g.others.some((o) => strictlyIn(o, middle))) return undefined;
		if (p.x === goal.x && p.y === goal.y) return [a, b];
		if (strictlyIn(g.target, p)) {
			// into the target only along a line through its centre
			const aligned = dir.x ? from.y === goal.y : from.x === goal.x;
			if (!aligned) return undefined;
			continue;
		}
		if (strictlyIn(g.source, p)) {
			// out of the source from its centre only; never back in
			if (!strictlyIn(g.source, from)) return undefined;
			continue;
		}
		if (g.others.some((o) => strictlyIn(o, p))) return undefined;
		return [a, b];
	}
}

function search(g: Grid): Point[] | undefined {
	const si = g.xs.indexOf(g.source.centre.x);
	const sj = g.ys.indexOf(g.source.centre.y);
	const ti = g.xs.indexOf(g.target.centre.x);
	const tj = g.ys.indexOf(g.target.centre.y);
	const guess = (i: number, j: number) =>
		Math.abs(g.xs[i]! - g.xs[ti]!) + Math.abs(g.ys[j]! - g.ys[tj]!);
	const best = new Map<number, number>();
	const previous = new Map<number, number>();
	const heap = new Heap();
	const start = key(si, sj, 4);
	best.set(start, 0);
	heap.push([guess(si, sj), start]);
	while (heap.size) {
		const [, state] = heap.pop();
		const d = state % 5;
		const j = Math.floor(state / 5) % 100_000;
		const i = Math.floor(state / 5 / 100_000);
		const cost = best.get(state)!;
		if (i === ti && j === tj) return corners(g, state, previous);
		for (let nd = 0; nd < 4; nd++) {
			if (
				d !== 4 &&
				DIRECTIONS[nd]!.x === -DIRECTIONS[d]!.x &&
				DIRECTIONS[nd]!.y === -DIRECTIONS[d]!.y
			)
				continue;
			const next = step(g, i, j, nd);
			if (!next) continue;
			const [a, b] = next;
			const length = Math.abs(g.xs[a]! - g.xs[i]!) + Math.abs(g.ys[b]! - g.ys[j]!);
			const total = cost + length + (d !== 4 && nd !== d ? BEND : 0);
			const to = key(a, b, nd);
			if (total >= (best.get(to) ?? Infinity)) continue;
			best.set(to, total);
			previous.set(to, state);
			heap.push([total + guess(a, b), to]);
		}
	}
	return undefined;
}

/** The path's corners, from the source's centre to the target's. */
function corners(g: Grid, end: number, previous: Map<number, number>): Point[] {
	const states: number[] = [];
	for (let s: number | undefined = end; s !== undefined; s = previous.get(s)) states.unshift(s);
	const points = states.map((s) => ({
		x: g.xs[Math.floor(s / 5 / 100_000)]!,
		y: g.ys[Math.floor(s / 5) % 100_000]!
	}));
	return points.filter((p, k) => {
		const a = points[k - 1];
		const b = points[k + 1];
		if (!a || !b) return true;
		return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
	});
}

export function cheapestPath(route: RouteGrid): Point[] | undefined {
	return search(gridOf(route, WINDOW)) ?? search(gridOf(route, Infinity));
}
