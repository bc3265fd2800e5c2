/**
 * Compartments as places. Each compartment lays out its own contents (its nodes and the
 * compartments inside it) with dagre, in a direction of its own, and is then one box in its
 * parent's layout; the figure's top level runs in the figure's direction. The directions are
 * chosen together (directionChoices.ts) so that the whole figure fits a 16:9 frame as large as it
 * can: a cascade whose steps sit in three cells reads as three columns side by side, not a strip.
 */
import type { Compartment, Pathway } from '../model/atlas.ts';
import type { Direction } from '../schema/vocabulary.ts';
import type { Placed, Point } from '../geometry/types.ts';
import { emptyCompartmentSize } from './compartmentBoxes.ts';
import { compactRanks } from './compactRanks.ts';
import type { LayoutGraph } from './layoutInput.ts';
import type { SizedNode } from './layoutInput.ts';
import { runDagre, type Ranker } from './runDagre.ts';
import { COMPARTMENT, LABEL_BAND, nestedSpacing } from './spacing.ts';

/** The top level, holding what lies in no compartment. */
export const ROOT = '';

/** Which direction each container lays its contents out in; the root's is the figure's. */
export type Directions = ReadonlyMap<string, Direction>;

/** The contents of every container: its nodes and compartments, by id. */
export interface Containers {
	/** Containers with their direct contents, deepest first, the root last. */
	order: string[];
	contents: Map<string, string[]>;
	/** The container each node or compartment lies in directly. */
	owner: Map<string, string>;
	compartments: Map<string, Compartment>;
}

export function containersOf(pathway: Pathway): Containers {
	const compartments = new Map(pathway.compartments.map((c) => [c.id, c]));
	const owner = new Map<string, string>();
	for (const c of pathway.compartments) owner.set(c.id, c.parent ?? ROOT);
	for (const n of pathway.nodes) owner.set(n.id, n.compartment ?? ROOT);
	const contents = new Map<string, string[]>([[ROOT, []]]);
	for (const c of pathway.compartments) contents.set(c.id, []);
	for (const [id, container] of owner) contents.get(container)!.push(id);
	const depth = (id: string): number => (id === ROOT ? 0 : 1 + depth(owner.get(id)!));
	const order = [...contents.keys()].sort((a, b) => depth(b) - depth(a));
	return { order, contents, owner, compartments };
}

/** The chain of containers around an item, itself first, the root last. */
function chainOf(id: string, owner: Map<string, string>): string[] {
	const chain = [id];
	for (let at = owner.get(id); at !== undefined; at = owner.get(at)) chain.push(at);
	return chain;
}

/**
 * Each edge as its container sees it: between the two items of the innermost container that
 * holds both ends, each end lifted to the item (node or compartment) that holds it there.
 */
export function liftedEdges(
	pathway: Pathway,
	owner: Map<string, string>
): Map<string, { source: string; target: string }[]> {
	const lifted = new Map<string, { source: string; target: string }[]>();
	for (const e of pathway.edges) {
		const from = chainOf(e.source, owner);
		const to = chainOf(e.target, owner);
		const shared = from.find((c) => to.includes(c) && c !== e.source && c !== e.target);
		if (shared === undefined) continue;
		const source = from[from.indexOf(shared) - 1];
		const target = to[to.indexOf(shared) - 1];
		if (!source || !target || source === target) continue;
		const list = lifted.get(shared) ?? [];
		if (!list.some((l) => l.source === source && l.target === target))
			list.push({ source, target });
		lifted.set(shared, list);
	}
	return lifted;
}

/** A container laid out: its box's size and its contents' centres, relative to its top-left. */
export interface ContainerLayout {
	width: number;
	height: number;
	centres: Map<string, Point>;
}

/** What one container's layout needs from the rest. */
export interface ContainerInput {
	id: string;
	items: { id: string; width: number; height: number }[];
	edges: { source: string; target: string }[];
	direction: Direction;
	/** The compartment's label, which sets its box's least width; none for the root. */
	label?: string;
	/** dagre's ranking; network simplex unless a figure tries another. */
	ranker?: Ranker;
}

/** One container's contents by dagre, then its box: padding, and the label band on top. */
export function layoutContainer(input: ContainerInput): ContainerLayout {
	const graph: LayoutGraph = {
		nodes: input.items.map((i) => ({ id: i.id, width: i.width, height: i.height })),
		edges: input.edges.map((e, k) => ({ id: `e${k}`, ...e }))
	};
	const placed = runDagre(graph, {
		direction: input.direction,
		ranker: input.ranker ?? 'network-simplex',
		acyclicer: 'greedy',
		spacing: nestedSpacing(input.direction)
	});
	const boxes = compactRanks(
		input.items.map((i) => ({ ...i, ...placed.get(i.id)! })),
		input.direction
	);
	const left = Math.min(...boxes.map((b) => b.x - b.width / 2));
	const top = Math.min(...boxes.map((b) => b.y - b.height / 2));
	const right = Math.max(...boxes.map((b) => b.x + b.width / 2));
	const bottom = Math.max(...boxes.map((b) => b.y + b.height / 2));
	const isRoot = input.label === undefined;
	const pad = isRoot ? 0 : COMPARTMENT.padding;
	const band = isRoot ? 0 : LABEL_BAND;
	const least = isRoot ? 0 : emptyCompartmentSize(input.label!).width;
	const inner = right - left;
	const width = Math.max(inner + 2 * pad, least);
	const shiftX = (width - inner) / 2 - left;
	const centres = new Map(
		boxes.map((b): [string, Point] => [b.id, { x: b.x + shiftX, y: b.y - top + band }])
	);
	return { width, height: bottom - top + band + pad, centres };
}

/** Every node and compartment placed: centres in figure coordinates, compartments' sizes. */
export interface NestedPlacement {
	centres: Map<string, Point>;
	boxes: Map<string, Placed>;
	width: number;
	height: number;
}

/** A layout function for one container, memoised by the caller (directionChoices.ts). */
export type ContainerLayouter = (input: ContainerInput) => ContainerLayout;

/** The whole figure, each container laid out in the direction `directions` gives it. */
export function placeNested(
	pathway: Pathway,
	sized: SizedNode[],
	containers: Containers,
	directions: Directions,
	layout: ContainerLayouter = layoutContainer,
	ranker?: Ranker
): NestedPlacement {
	const { order, contents, compartments } = containers;
	const lifted = liftedEdges(pathway, containers.owner);
	const size = new Map(sized.map((n) => [n.id, { width: n.width, height: n.height }]));
	const laidOut = new Map<string, ContainerLayout>();
	for (const id of order) {
		const items = contents.get(id)!.map((item) => ({ id: item, ...size.get(item)! }));
		if (!items.length) {
			const empty = emptyCompartmentSize(compartments.get(id)?.label.en ?? '');
			laidOut.set(id, { ...empty, centres: new Map() });
			size.set(id, empty);
			continue;
		}
		const result = layout({
			id,
			items,
			edges: lifted.get(id) ?? [],
			direction: directions.get(id) ?? directions.get(ROOT)!,
			...(ranker ? { ranker } : {}),
			...(id === ROOT ? {} : { label: compartments.get(id)!.label.en })
		});
		laidOut.set(id, result);
		size.set(id, { width: result.width, height: result.height });
	}
	return absolute(laidOut, order);
}

/** Containers' relative centres made absolute, from the root down. */
function absolute(laidOut: Map<string, ContainerLayout>, order: string[]): NestedPlacement {
	const root = laidOut.get(ROOT)!;
	const centres = new Map<string, Point>();
	const boxes = new Map<string, Placed>();
	const topLeft = new Map<string, Point>([[ROOT, { x: 0, y: 0 }]]);
	for (const id of [...order].reverse()) {
		const origin = topLeft.get(id)!;
		for (const [item, c] of laidOut.get(id)!.centres) {
			const centre = { x: origin.x + c.x, y: origin.y + c.y };
			centres.set(item, centre);
			const inner = laidOut.get(item);
			if (!inner) continue;
			boxes.set(item, { ...centre, width: inner.width, height: inner.height });
			topLeft.set(item, { x: centre.x - inner.width / 2, y: centre.y - inner.height / 2 });
		}
	}
	return { centres, boxes, width: root.width, height: root.height };
}
