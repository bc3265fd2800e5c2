/**
 * Edges drawn around what lies between their ends. An edge whose straight line between its ends'
 * outlines clears every other node and every compartment title stays straight; any other is
 * routed orthogonally on a sparse grid (each obstacle's sides a clearance away, and the channels
 * between them) by A* with a cost for each bend, leaving and entering its nodes square to a side.
 */
import { outlineExit, type NodeShape } from '../geometry/shapes.ts';
import type { Placed, Point } from '../geometry/types.ts';
import { compartmentLabelBox } from './compartmentBoxes.ts';
import { cheapestPath, type Box, type RouteGrid } from './routeSearch.ts';
import type { LaidOutCompartment, LaidOutNode } from './types.ts';

/** Routing is quadratic in the obstacles at worst: larger pathways keep straight edges. */
export const ROUTE_UP_TO = 150;

/** How far a route keeps from what it passes. */
const CLEARANCE = 8;
/** A straight line may pass this close to a node before it is routed instead. */
const STRAIGHT_CLEARANCE = 3;

/** What an edge ends on: a node, or a collapsed compartment's box. */
export type End = Placed & { id: string; shape: NodeShape };

const boxOf = (id: string, p: Placed, pad: number): Box => ({
	id,
	x1: p.x - p.width / 2 - pad,
	y1: p.y - p.height / 2 - pad,
	x2: p.x + p.width / 2 + pad,
	y2: p.y + p.height / 2 + pad
});

/** Nodes, compartment titles and collapsed compartments: what no edge may pass through. */
function obstaclesOf(
	nodes: LaidOutNode[],
	compartments: LaidOutCompartment[]
): (Placed & { id: string })[] {
	const title = (c: LaidOutCompartment) => (c.collapsed === undefined ? compartmentLabelBox(c) : c);
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

/** A route's corners between the two centres, its ends moved out to the outlines. */
function trimmed(corners: Point[], source: End, target: End): Point[] {
	const inner = corners.slice(1, -1);
	const first = inner[0] ?? target;
	const last = inner[inner.length - 1] ?? source;
	return [exitOf(source, first), ...inner, exitOf(target, last)];
}

/**
 * A router for one placement: given an edge's two ends, the points of its line, from the
 * source's outline to the target's.
 */
export function edgeRouter(
	nodes: LaidOutNode[],
	compartments: LaidOutCompartment[]
): (source: End, target: End) => Point[] {
	const obstacles = obstaclesOf(nodes, compartments);
	const near = obstacles.map((o) => boxOf(o.id, o, STRAIGHT_CLEARANCE));
	const wide = obstacles.map((o) => boxOf(o.id, o, CLEARANCE));
	return (source, target) => {
		const line = straightLine(source, target);
		const between = near.filter((b) => b.id !== source.id && b.id !== target.id);
		if (!between.some((b) => segmentHits(line[0]!, line[1]!, b))) return line;
		const grid: RouteGrid = {
			boxes: wide,
			source: { ...boxOf(source.id, source, CLEARANCE), centre: source },
			target: { ...boxOf(target.id, target, CLEARANCE), centre: target }
		};
		const corners = cheapestPath(grid);
		return corners ? trimmed(corners, source, target) : line;
	};
}
