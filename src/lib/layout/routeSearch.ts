/**
 * The cheapest orthogonal path between two boxes that enters no other box: A* over the grid of
 * the boxes' sides and the channels between them, a bend costing BEND units of length. A path
 * starts at a port on one of the source box's sides, heading straight out, and ends at a port on
 * one of the target's, heading straight in; ports near a side's middle cost less, and a port an
 * earlier path took costs more, so arrows into one node spread along its side.
 */
import type { Point } from '../geometry/types.ts';

export interface Box {
	id: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** One of a box's sides, by the direction a path leaves it (0 right, 1 left, 2 down, 3 up). */
export type Side = 0 | 1 | 2 | 3;

/** Where a path meets an end's box: the side, and the offset along it from the box's centre. */
export interface Port {
	side: Side;
	offset: number;
}

export interface RouteEnd extends Box {
	centre: Point;
	/** How far from the centre, each way, a port may lie: across the width, across the height. */
	reach: { x: number; y: number };
}

export interface RouteGrid {
	/** Every obstacle; the two ends' boxes are left out by id. */
	boxes: Box[];
	source: RouteEnd;
	target: RouteEnd;
	/** How often each port key (portKey) has been taken already. */
	taken: ReadonlyMap<string, number>;
	/** How often each stretch between two grid points (stretchKey) carries a route already. */
	used: ReadonlyMap<string, number>;
}

export interface Route {
	/** The corners, from the port on the source's side to the port on the target's. */
	points: Point[];
	/** Every grid point the route passes, corners or not. */
	passes: Point[];
	from: Port;
	to: Port;
}

/** A bend costs as much as this much length: two bends must save more than a detour. */
const BEND = 40;
/** A port costs this much per unit of its offset from the side's middle. */
const OFF_MIDDLE = 0.4;
/** A port an earlier path took costs this much more for each time. */
const TAKEN = 30;
/** A stretch an earlier path runs along costs this much more per unit of length, each time. */
const SHARED = 1.5;
/**
 * The last straight run into a target should hold an arrowhead with line to spare; a shorter one
 * costs this much more, so it is taken only where nothing else gets there.
 */
const FINAL_RUN = 14;
const SHORT_FINAL = 120;
/** First a window this far around the two ends is searched; the whole grid only if that fails. */
const WINDOW = 360;

const DIRECTIONS: Point[] = [
	{ x: 1, y: 0 },
	{ x: -1, y: 0 },
	{ x: 0, y: 1 },
	{ x: 0, y: -1 }
];

export const portKey = (id: string, p: Port) => `${id} ${p.side} ${Math.round(p.offset)}`;

/** The same key for a stretch whichever way it is run. */
export const stretchKey = (a: Point, b: Point) =>
	a.x < b.x || (a.x === b.x && a.y < b.y)
		? `${a.x},${a.y} ${b.x},${b.y}`
		: `${b.x},${b.y} ${a.x},${a.y}`;

const tenth = (v: number) => Math.round(v * 10) / 10;
const strictlyIn = (b: Box, p: Point) => p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2;

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
	route: RouteGrid;
}

function gridOf(route: RouteGrid, window: number): Grid {
	const { source, target } = route;
	const x1 = Math.min(source.x1, target.x1) - window;
	const x2 = Math.max(source.x2, target.x2) + window;
	const y1 = Math.min(source.y1, target.y1) - window;
	const y2 = Math.max(source.y2, target.y2) + window;
	const others = route.boxes.filter(
		(b) =>
			b.id !== source.id && b.id !== target.id && b.x2 > x1 && b.x1 < x2 && b.y2 > y1 && b.y1 < y2
	);
	const ends = [source, target];
	const all = [...others, ...ends];
	return {
		xs: lines([...all.flatMap((b) => [b.x1, b.x2]), ...ends.map((e) => e.centre.x)]),
		ys: lines([...all.flatMap((b) => [b.y1, b.y2]), ...ends.map((e) => e.centre.y)]),
		others,
		route
	};
}

/** The ports of an end on the grid: every grid line within its reach, on each of its sides. */
function portsOf(g: Grid, end: RouteEnd): { point: Point; port: Port }[] {
	const out: { point: Point; port: Port }[] = [];
	const within = (v: number, c: number, reach: number) => Math.abs(v - c) <= reach + 1e-6;
	for (const x of g.xs.filter((x) => within(x, end.centre.x, end.reach.x))) {
		const offset = x - end.centre.x;
		out.push({ point: { x, y: end.y2 }, port: { side: 2, offset } });
		out.push({ point: { x, y: end.y1 }, port: { side: 3, offset } });
	}
	for (const y of g.ys.filter((y) => within(y, end.centre.y, end.reach.y))) {
		const offset = y - end.centre.y;
		out.push({ point: { x: end.x2, y }, port: { side: 0, offset } });
		out.push({ point: { x: end.x1, y }, port: { side: 1, offset } });
	}
	return out;
}

const portCost = (g: Grid, id: string, port: Port) =>
	Math.abs(port.offset) * OFF_MIDDLE + TAKEN * (g.route.taken.get(portKey(id, port)) ?? 0);

/** Where one move from (i, j) in direction d lands, or undefined where it may not go. */
function step(g: Grid, i: number, j: number, d: number): [number, number] | undefined {
	const a = i + DIRECTIONS[d]!.x;
	const b = j + DIRECTIONS[d]!.y;
	if (a < 0 || b < 0 || a >= g.xs.length || b >= g.ys.length) return undefined;
	const p = { x: g.xs[a]!, y: g.ys[b]! };
	const middle = { x: (p.x + g.xs[i]!) / 2, y: (p.y + g.ys[j]!) / 2 };
	const { source, target } = g.route;
	const blocked = [...g.others, source, target].some(
		(o) => strictlyIn(o, p) || strictlyIn(o, middle)
	);
	return blocked ? undefined : [a, b];
}

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

const opposite = (d: number) => d ^ 1;

function search(g: Grid): Route | undefined {
	const { source, target } = g.route;
	const width = g.ys.length;
	const key = (i: number, j: number, d: number) => (i * width + j) * 4 + d;
	const cell = (p: Point) => [g.xs.indexOf(tenth(p.x)), g.ys.indexOf(tenth(p.y))] as const;
	// goals: a port of the target, reached heading into its side
	const goals = new Map<number, Port>();
	for (const { point, port } of portsOf(g, target)) {
		const [i, j] = cell(point);
		if (i >= 0 && j >= 0) goals.set(key(i, j, opposite(port.side)), port);
	}
	const best = new Map<number, number>();
	const previous = new Map<number, number>();
	/** How far each state has gone straight since its last bend. */
	const run = new Map<number, number>();
	const starts = new Map<number, Port>();
	const heap = new Heap();
	// the distance to the target's box: never more than what is left to go
	const guess = (i: number, j: number) =>
		Math.max(target.x1 - g.xs[i]!, 0, g.xs[i]! - target.x2) +
		Math.max(target.y1 - g.ys[j]!, 0, g.ys[j]! - target.y2);
	for (const { point, port } of portsOf(g, source)) {
		const [i, j] = cell(point);
		if (i < 0 || j < 0 || g.others.some((o) => strictlyIn(o, point))) continue;
		const state = key(i, j, port.side);
		const cost = portCost(g, source.id, port);
		if (cost >= (best.get(state) ?? Infinity)) continue;
		best.set(state, cost);
		starts.set(state, port);
		heap.push([cost + guess(i, j), state]);
	}
	while (heap.size) {
		const [, state] = heap.pop();
		const cost = best.get(state)!;
		const goal = goals.get(state);
		if (goal) {
			const passes = cellsTo(g, state, previous, width);
			return {
				points: corners(passes),
				passes,
				from: starts.get(firstState(state, previous))!,
				to: goal
			};
		}
		const d = state % 4;
		const cellIndex = (state - d) / 4;
		const i = Math.floor(cellIndex / width);
		const j = cellIndex % width;
		for (let nd = 0; nd < 4; nd++) {
			// back never; and out of a port only straight on, square to its side
			if (nd === opposite(d) || (starts.has(state) && nd !== d)) continue;
			const next = step(g, i, j, nd);
			if (!next) continue;
			const [a, b] = next;
			const length = Math.abs(g.xs[a]! - g.xs[i]!) + Math.abs(g.ys[b]! - g.ys[j]!);
			const stretch = stretchKey({ x: g.xs[i]!, y: g.ys[j]! }, { x: g.xs[a]!, y: g.ys[b]! });
			const shared = SHARED * length * (g.route.used.get(stretch) ?? 0);
			const to = key(a, b, nd);
			const straight = nd === d ? (run.get(state) ?? 0) + length : length;
			const goalCost = goals.get(to)
				? portCost(g, target.id, goals.get(to)!) + (straight < FINAL_RUN ? SHORT_FINAL : 0)
				: 0;
			const total = cost + length + shared + (nd !== d ? BEND : 0) + goalCost;
			if (total >= (best.get(to) ?? Infinity)) continue;
			best.set(to, total);
			previous.set(to, state);
			run.set(to, straight);
			heap.push([total + guess(a, b), to]);
		}
	}
	return undefined;
}

function firstState(end: number, previous: Map<number, number>): number {
	let s = end;
	while (previous.has(s)) s = previous.get(s)!;
	return s;
}

/** The grid points the path passes, from the source's port to the target's. */
function cellsTo(g: Grid, end: number, previous: Map<number, number>, width: number): Point[] {
	const states: number[] = [];
	for (let s: number | undefined = end; s !== undefined; s = previous.get(s)) states.unshift(s);
	return states.map((s) => {
		const cellIndex = Math.floor(s / 4);
		return { x: g.xs[Math.floor(cellIndex / width)]!, y: g.ys[cellIndex % width]! };
	});
}

/** Only the points where the path turns, and its two ends. */
function corners(points: Point[]): Point[] {
	return points.filter((p, k) => {
		const a = points[k - 1];
		const b = points[k + 1];
		if (!a || !b) return true;
		return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
	});
}

export function cheapestPath(route: RouteGrid): Route | undefined {
	return search(gridOf(route, WINDOW)) ?? search(gridOf(route, Infinity));
}
