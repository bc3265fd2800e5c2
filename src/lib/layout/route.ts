/**
 * Edges drawn around what lies between their ends. An edge whose straight line between its ends'
 * outlines clears every other node and every compartment title stays straight; any other is
 * routed orthogonally on a sparse grid (each obstacle's sides a clearance away, and the channels
 * between them) by A* with a cost for each bend, leaving and entering its nodes square to a side.
 */
import { outlineExit, sideHit, type NodeShape } from '../geometry/shapes.ts';
import type { Placed, Point } from '../geometry/types.ts';
import { compartmentLabelBox } from './compartmentBoxes.ts';
import {
	cheapestPath,
	portKey,
	stretchKey,
	type Box,
	type Port,
	type RouteEnd
} from './routeSearch.ts';
import type { LaidOutCompartment, LaidOutNode } from './types.ts';

/** Routing is quadratic in the obstacles at worst: larger pathways keep straight edges. */
export const ROUTE_UP_TO = 150;

/** How far a route keeps from what it passes. */
const CLEARANCE = 8;
/** A straight line may pass this close to a node before it is routed instead. */
const STRAIGHT_CLEARANCE = 3;

/** What an edge ends on: a node, or a collapsed compartment's box. */
export type End = Placed & { id: string; shape: NodeShape };

/** A box around a placed shape, its sides rounded as the route grid's lines are. */
const boxOf = (id: string, p: Placed, pad: number): Box => ({
	id,
	x1: round(p.x - p.width / 2 - pad),
	y1: round(p.y - p.height / 2 - pad),
	x2: round(p.x + p.width / 2 + pad),
	y2: round(p.y + p.height / 2 + pad)
});

/**
 * A compartment's title with room beside it: a route that grazed the measured text would still
 * read as running into the title, and a reader's font may set it a little wider.
 */
function titleRoom(c: LaidOutCompartment): Placed {
	const box = compartmentLabelBox(c);
	return { ...box, width: box.width * 1.1 + 2 * TITLE_MARGIN };
}
const TITLE_MARGIN = 8;

/** Nodes, compartment titles and collapsed compartments: what no edge may pass through. */
function obstaclesOf(
	nodes: LaidOutNode[],
	compartments: LaidOutCompartment[]
): (Placed & { id: string })[] {
	const title = (c: LaidOutCompartment) => (c.collapsed === undefined ? titleRoom(c) : c);
	return [...nodes, ...compartments.map((c) => ({ ...title(c), id: c.id }))];
}

/** Where an edge leaves `from` heading for `toward`, rounded as the layout rounds. */
function exitOf(from: End, toward: Point): Point {
	const p = outlineExit(from.shape, from.width, from.height, {
		x: toward.x - from.x,
		y: toward.y - from.y
	});
	return { x: round(from.x + p.x), y: round(from.y + p.y) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An edge's line: its points, and whether they are a route (see LaidOutEdge). */
export interface EdgeLine {
	points: Point[];
	routed?: true;
}

/** The straight line between two ends' outlines. */
export const straightLine = (source: End, target: End): Point[] => [
	exitOf(source, target),
	exitOf(target, source)
];

/** Whether the segment from a to b passes through the box's inside (Liang–Barsky clipping). */
export function segmentHits(a: Point, b: Point, box: Box): boolean {
	let t0 = 0;
	let t1 = 1;
	const d = { x: b.x - a.x, y: b.y - a.y };
	const sides: [number, number][] = [
		[-d.x, a.x - box.x1],
		[d.x, box.x2 - a.x],
		[-d.y, a.y - box.y1],
		[d.y, box.y2 - a.y]
	];
	for (const [p, q] of sides) {
		if (p === 0) {
			if (q <= 0) return false;
			continue;
		}
		const r = q / p;
		if (p < 0) t0 = Math.max(t0, r);
		else t1 = Math.min(t1, r);
		if (t0 >= t1) return false;
	}
	return true;
}

/** A port's point on the end's outline, in figure coordinates. */
function portPoint(end: End, port: Port): Point {
	const p = sideHit(end.shape, end.width, end.height, port.side, port.offset);
	return { x: round(end.x + p.x), y: round(end.y + p.y) };
}

/** How far along a side a port may lie: away from the corners, where a shape curves off. */
const REACH: Partial<Record<NodeShape, number>> = { ellipse: 0.3, hexagon: 0.3 };
const reachOf = (end: End) => {
	const share = REACH[end.shape] ?? 0.4;
	return { x: end.width * share, y: end.height * share };
};

const endOf = (end: End): RouteEnd => ({
	...boxOf(end.id, end, CLEARANCE),
	centre: end,
	reach: reachOf(end)
});

/**
 * A router for one placement: given an edge's two ends, the points of its line, from the
 * source's outline to the target's. Routes taken earlier make their ports dearer for later ones.
 */
export function edgeRouter(
	nodes: LaidOutNode[],
	compartments: LaidOutCompartment[]
): (source: End, target: End) => EdgeLine {
	const obstacles = obstaclesOf(nodes, compartments);
	const near = obstacles.map((o) => boxOf(o.id, o, STRAIGHT_CLEARANCE));
	const wide = obstacles.map((o) => boxOf(o.id, o, CLEARANCE));
	const taken = new Map<string, number>();
	const used = new Map<string, number>();
	const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
	return (source, target) => {
		const line = straightLine(source, target);
		const between = near.filter((b) => b.id !== source.id && b.id !== target.id);
		if (!between.some((b) => segmentHits(line[0]!, line[1]!, b))) return { points: line };
		const route = cheapestPath({
			boxes: wide,
			source: endOf(source),
			target: endOf(target),
			taken,
			used
		});
		if (!route) return { points: line };
		count(taken, portKey(source.id, route.from));
		count(taken, portKey(target.id, route.to));
		route.passes.slice(1).forEach((p, k) => count(used, stretchKey(route.passes[k]!, p)));
		const inner = route.points.slice(1, -1);
		const points = [portPoint(source, route.from), ...inner, portPoint(target, route.to)];
		return { points, routed: true };
	};
}
