/**
 * The one layout: dagre, run in headless Cytoscape.js at build time (or in a test), node sizes
 * from measureText. The result is plain JSON with rounded coordinates: same input, same output.
 */
import type { Entity, Pathway } from '../model/atlas.ts';
import type { Direction } from '../schema/vocabulary.ts';
import { kindShape } from '../grammar/kinds.ts';
import { collapseCompartments, type HiddenCounts } from './collapse.ts';
import { compartmentBoxes } from './compartmentBoxes.ts';
import { countConflicts } from './conflicts.ts';
import { landscapeChoice, TURNED } from './landscape.ts';
import { edgeMarks, strongestSupport, supportingSentences } from './edgeEvidence.ts';
import { layered } from './layered.ts';
import { layoutGraph, sizeNodes, type SizedNode } from './layoutInput.ts';
import { runDagre, type DagreRun, type Ranker } from './runDagre.ts';
import { dagreSpacing, SPACING } from './spacing.ts';
import type { LaidOutCompartment, LaidOutNode, LaidOutPathway } from './types.ts';
import type { Placed } from '../geometry/types.ts';
import { chooseDirections } from './directionChoices.ts';
import { containersOf } from './nested.ts';
import { edgeRouter, ROUTE_UP_TO, straightLine, type EdgeLine, type End } from './route.ts';

export interface LayoutOptions {
	/** Defaults to the pathway's own, or its turn when that suits a landscape frame (landscape.ts). */
	direction?: Direction;
	/** dagre's ranking, 'network-simplex' by default; given, it forces dagre. */
	ranker?: Ranker;
	/** Which layout; by default chosen by size (LAYERED_ABOVE). */
	engine?: Engine;
	/** Compartments drawn as one box each, their contents hidden (see collapse.ts). */
	collapsed?: ReadonlySet<string>;
}

/**
 * 'nested': compartments as places, each laid out by dagre in a direction chosen for the frame
 * (nested.ts); 'dagre': one dagre run over the whole compound graph (headless Cytoscape);
 * 'layered': our own layered layout for graphs too large for dagre.
 */
export type Engine = 'nested' | 'dagre' | 'layered';
type Run = DagreRun & { engine?: Engine };

/**
 * Chosen by node count, from the benchmark (npm run bench, synthetic cascades): dagre's network
 * simplex grows steeply (minutes at 1,000 nodes) and dagre fails outright at 5,000; its
 * 'tight-tree' ranker is quicker but doubles the crossings and triples the edge length; the
 * layered layout takes about a second at 1,000 nodes with as few crossings as network simplex or
 * fewer. Curated pathways (tens of nodes) keep dagre's network simplex.
 */
export const LAYERED_ABOVE = 150;

/** The layout a pathway of `nodes` nodes gets, unless the options say otherwise. */
export function layoutChoice(
	nodes: number,
	options: LayoutOptions = {}
): { engine: Engine; ranker: Ranker } {
	const small = nodes <= LAYERED_ABOVE ? 'nested' : 'layered';
	const engine = options.engine ?? (options.ranker ? 'dagre' : small);
	return { engine, ranker: options.ranker ?? 'network-simplex' };
}

const round = (n: number) => Math.round(n * 10) / 10;

interface Placement {
	nodes: LaidOutNode[];
	compartments: LaidOutCompartment[];
	width: number;
	height: number;
}

/** Boxes from one dagre run, moved so the figure starts at (0, 0) with a margin, rounded. */
function place(pathway: Pathway, sized: SizedNode[], run: Run, hidden: HiddenCounts): Placement {
	const graph = layoutGraph(pathway, sized);
	const centres = run.engine === 'layered' ? layered(graph, run) : runDagre(graph, run);
	const at = (id: string) => centres.get(id)!;
	const placed = sized.map((n) => ({ ...n, ...at(n.id) }));
	const members = new Map<string, Placed[]>();
	for (const n of placed)
		if (n.compartment) members.set(n.compartment, [...(members.get(n.compartment) ?? []), n]);
	return framed(pathway, placed, compartmentBoxes(pathway.compartments, members, at), hidden);
}

/** Placed nodes and compartment boxes, moved so the figure starts at (0, 0) with a margin, rounded. */
function framed(
	pathway: Pathway,
	placed: (SizedNode & Placed)[],
	boxes: Map<string, Placed>,
	hidden: HiddenCounts
): Placement {
	const all: Placed[] = [...placed, ...boxes.values()];
	if (!all.length) all.push({ x: 0, y: 0, width: 0, height: 0 });
	const left = Math.min(...all.map((b) => b.x - b.width / 2)) - SPACING.margin;
	const top = Math.min(...all.map((b) => b.y - b.height / 2)) - SPACING.margin;
	const right = Math.max(...all.map((b) => b.x + b.width / 2)) + SPACING.margin;
	const bottom = Math.max(...all.map((b) => b.y + b.height / 2)) + SPACING.margin;
	const shift = <T extends Placed>(b: T): T => ({
		...b,
		x: round(b.x - left),
		y: round(b.y - top),
		width: round(b.width),
		height: round(b.height)
	});
	const compartments = pathway.compartments.map((c) =>
		shift({
			id: c.id,
			label: c.label.en,
			kind: c.kind,
			...(c.parent ? { parent: c.parent } : {}),
			...(hidden.has(c.id) ? { collapsed: hidden.get(c.id)! } : {}),
			...boxes.get(c.id)!
		})
	);
	return {
		nodes: placed.map(shift),
		compartments,
		width: round(right - left),
		height: round(bottom - top)
	};
}

/** Above this many nodes only the requested ranker is tried, to keep large layouts quick. */
const RETRY_RANKERS_UP_TO = 60;

/**
 * dagre can break a cluster apart when cycles cross compartment borders, or fail outright; then
 * other ways of breaking cycles and ranking are tried, and the placement with fewest overlaps kept.
 */
function runs(direction: Direction, ranker: Ranker, pathway: Pathway, engine: Engine): Run[] {
	const hasCompartments = pathway.compartments.length > 0;
	const spacing = dagreSpacing(direction, hasCompartments);
	// The layered layout keeps compartments apart by construction: one run.
	if (engine === 'layered') return [{ engine, direction, ranker, spacing }];
	const first: DagreRun = { direction, ranker, acyclicer: 'greedy', spacing };
	if (!hasCompartments) return [first];
	const others: Ranker[] =
		pathway.nodes.length > RETRY_RANKERS_UP_TO
			? []
			: ['network-simplex', 'tight-tree', 'longest-path'];
	return [
		first,
		{ direction, ranker, spacing },
		...others
			.filter((r) => r !== ranker)
			.flatMap((r): DagreRun[] => [
				{ direction, ranker: r, acyclicer: 'greedy', spacing },
				{ direction, ranker: r, spacing }
			])
	];
}

export function layoutPathway(
	whole: Pathway,
	entities: ReadonlyMap<string, Entity>,
	options: LayoutOptions = {}
): LaidOutPathway {
	if (layoutChoice(whole.nodes.length, options).engine === 'nested')
		return nestedLayout(whole, entities, options);
	const inDirection = (direction: Direction) =>
		layoutInDirection(whole, entities, { ...options, direction });
	// A large pathway never fits a screen readably: it keeps its direction, and is laid out once.
	if (options.direction || whole.nodes.length > LAYERED_ABOVE)
		return inDirection(options.direction ?? whole.direction);
	return landscapeChoice(inDirection(whole.direction), () => inDirection(TURNED[whole.direction]));
}

/** The nested layout, in the reader's direction or in the one that suits a landscape frame. */
function nestedLayout(
	whole: Pathway,
	entities: ReadonlyMap<string, Entity>,
	options: LayoutOptions
): LaidOutPathway {
	const { pathway, hidden } = collapseCompartments(whole, options.collapsed ?? new Set());
	const sized = sizeNodes(pathway, entities);
	const directions = options.direction
		? [options.direction]
		: [whole.direction, TURNED[whole.direction]];
	const choice = chooseDirections(pathway, sized, containersOf(pathway), directions);
	const placed = sized.map((n) => ({ ...n, ...choice.centres.get(n.id)! }));
	return withEdges(pathway, choice.direction, framed(pathway, placed, choice.boxes, hidden));
}

function layoutInDirection(
	whole: Pathway,
	entities: ReadonlyMap<string, Entity>,
	options: LayoutOptions & { direction: Direction }
): LaidOutPathway {
	const { pathway, hidden } = collapseCompartments(whole, options.collapsed ?? new Set());
	const { direction } = options;
	const sized = sizeNodes(pathway, entities);
	let best: { placement: Placement; conflicts: number } | undefined;
	let failure: unknown;
	const { engine, ranker } = layoutChoice(pathway.nodes.length, options);
	const candidates = runs(direction, ranker, pathway, engine);
	for (const run of candidates) {
		let placement: Placement;
		try {
			placement = place(pathway, sized, run, hidden);
		} catch (error) {
			// dagre sometimes fails on compound graphs ("Not possible to find intersection...")
			failure = error;
			continue;
		}
		// With nothing to compare against, overlaps need no counting (quadratic in nodes).
		const conflicts =
			candidates.length > 1 ? countConflicts(placement.nodes, placement.compartments) : 0;
		if (!best || conflicts < best.conflicts) best = { placement, conflicts };
		if (!conflicts) break;
	}
	if (!best) throw new Error(`layoutPathway(${pathway.id}): dagre failed: ${String(failure)}`);
	return withEdges(pathway, direction, best.placement);
}

/** The placement with its edges: routed around what lies between their ends where a route is due. */
function withEdges(pathway: Pathway, direction: Direction, placement: Placement): LaidOutPathway {
	const { nodes, compartments, width, height } = placement;
	const ends = new Map<string, End>([
		...compartments.map((c): [string, End] => [c.id, { ...c, shape: 'round-rectangle' }]),
		...nodes.map((n): [string, End] => [n.id, { ...n, shape: kindShape(n.kind) }])
	]);
	const route =
		pathway.nodes.length <= ROUTE_UP_TO
			? edgeRouter(nodes, compartments)
			: (source: End, target: End): EdgeLine => ({ points: straightLine(source, target) });
	const edges = pathway.edges.map((e) => {
		const source = ends.get(e.source)!;
		const target = ends.get(e.target)!;
		return {
			id: e.id,
			source: e.source,
			target: e.target,
			relation: e.relation,
			support: strongestSupport(e.evidence),
			sentences: supportingSentences(e.evidence),
			...edgeMarks(e),
			...route(source, target)
		};
	});
	return {
		id: pathway.id,
		title: pathway.title.en,
		direction,
		width,
		height,
		nodes,
		compartments,
		edges
	};
}
