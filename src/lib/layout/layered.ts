/**
 * A layered (Sugiyama) layout for graphs too large for dagre: the same steps and the same input as
 * runDagre (sized nodes, compartments as compound parents, edges), in linear-ish time on flat
 * arrays. Cycles are broken greedily (Eades), ranks come from longest paths then pulled toward
 * their neighbours, long edges get dummy vertices, crossings are reduced by barycentre sweeps
 * that keep every compartment together, and positions within a rank come from separation
 * constraints (a compartment's two borders are shared by all its ranks, so its box is a column
 * no other node enters) solved by block merging, pulling each vertex toward its neighbours.
 */
import type { Direction } from '../schema/vocabulary.ts';
import type { Point } from '../geometry/types.ts';
import { readGraph } from './layered/input.ts';
import { order } from './layered/order.ts';
import {
	packed,
	pullTowardNeighbours,
	rankCentres,
	separationConstraints,
	variables,
	type Paddings
} from './layered/positions.ts';
import { buildGraph, clusterSpans } from './layered/ranks.ts';
import type { LayoutGraph } from './layoutInput.ts';
import { COMPARTMENT, LABEL_BAND } from './spacing.ts';

export interface LayeredRun {
	direction: Direction;
	spacing: { nodeSep: number; rankSep: number; edgeSep: number };
	/** Crossing-reduction sweeps (each down then up). */
	sweeps?: number;
	/** Rounds of pulling vertices toward their neighbours. */
	rounds?: number;
}

/** Padding of a compartment on each side, in layout axes (ranks run down, "across" runs right). */
function paddings(direction: Direction): Paddings {
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

/** Centres of every node and compartment by id, in the phases the doc comment above lists. */
export function layered(graph: LayoutGraph, run: LayeredRun): Map<string, Point> {
	const { direction, spacing } = run;
	const input = readGraph(graph, direction);
	const { clusters } = input;
	const g = buildGraph(input);
	clusterSpans(g, clusters);
	const rows = order(g, clusters, run.sweeps ?? 6);
	const pad = paddings(direction);
	const vars = variables(g, clusters);
	const constraints = separationConstraints(rows, g, clusters, vars, pad, spacing);
	const start = packed(constraints, vars.count);
	const x = pullTowardNeighbours(start.x, g, constraints, start.topo, run.rounds ?? 8);
	const ranks = rankCentres(rows, g, clusters, pad, spacing);

	const flipRank = direction === 'BT' || direction === 'RL';
	const sideways = direction === 'LR' || direction === 'RL';
	const point = (across: number, along: number): Point => {
		const a = flipRank ? ranks.length - along : along;
		return sideways ? { x: a, y: across } : { x: across, y: a };
	};
	const out = new Map<string, Point>();
	g.leaves.forEach((id, v) => out.set(id, point(x[v]!, ranks.centre[g.rank[v]!]!)));
	clusters.ids.forEach((id, c) => {
		const lo = clusters.minRank[c]!;
		const hi = clusters.maxRank[c]!;
		const along = Number.isFinite(lo) ? (ranks.centre[lo]! + ranks.centre[hi]!) / 2 : 0;
		out.set(id, point((x[vars.open(c)]! + x[vars.close(c)]!) / 2, along));
	});
	return out;
}
