/** The graph handed to a layout engine: sized nodes, compartments as compound parents, and edges. */
import { translationsOf } from '../i18n/localized.ts';
import type { Entity, Pathway } from '../model/atlas.ts';
import type { Kind } from '../schema/vocabulary.ts';
import { emptyCompartmentSize } from './compartmentBoxes.ts';
import { nodeSize } from './nodeSize.ts';

/** A node or a compartment (a compound node: the parent of its members), sized. */
export interface GraphNode {
	id: string;
	parent?: string;
	width: number;
	height: number;
}

export interface LayoutGraph {
	/** Compartments first, then nodes. */
	nodes: GraphNode[];
	edges: { id: string; source: string; target: string }[];
}

export interface SizedNode {
	id: string;
	entity: string;
	label: string;
	kind: Kind;
	compartment?: string;
	lines: string[];
	width: number;
	height: number;
}

/** Throws on what the validator reports as errors; layout runs on a valid pathway only. */
function checkReferences(pathway: Pathway, entities: ReadonlyMap<string, Entity>): void {
	const where = `layoutPathway(${pathway.id})`;
	const compartments = new Map(pathway.compartments.map((c) => [c.id, c]));
	for (const c of pathway.compartments) {
		const seen = new Set<string>();
		for (let at: string | undefined = c.id; at; at = compartments.get(at)?.parent) {
			if (seen.has(at)) throw new Error(`${where}: compartment "${c.id}" is inside itself`);
			if (!compartments.has(at)) throw new Error(`${where}: unknown compartment "${at}"`);
			seen.add(at);
		}
	}
	const nodeIds = new Set(pathway.nodes.map((n) => n.id));
	for (const n of pathway.nodes) {
		if (!entities.has(n.entity))
			throw new Error(`${where}: node "${n.id}" names unknown entity "${n.entity}"`);
		if (n.compartment && !compartments.has(n.compartment))
			throw new Error(`${where}: node "${n.id}" is in unknown compartment "${n.compartment}"`);
	}
	// An edge may end on a compartment: one collapsed, with its contents hidden (collapse.ts).
	for (const e of pathway.edges) {
		for (const end of [e.source, e.target])
			if (!nodeIds.has(end) && !compartments.has(end))
				throw new Error(`${where}: edge "${e.id}" joins unknown node "${end}"`);
	}
}

export function sizeNodes(pathway: Pathway, entities: ReadonlyMap<string, Entity>): SizedNode[] {
	checkReferences(pathway, entities);
	return pathway.nodes.map((n) => {
		const kind = entities.get(n.entity)!.kind;
		return {
			id: n.id,
			entity: n.entity,
			label: n.label.en,
			kind,
			...(n.compartment ? { compartment: n.compartment } : {}),
			...nodeSize(n.label.en, kind, translationsOf(n.label))
		};
	});
}

/**
 * The widest compartment label around each compartment: every node inside is laid out at least
 * that wide, so a compartment's contents, and with them dagre's cluster, are as wide as its label.
 */
function labelWidths(pathway: Pathway): Map<string, number> {
	const byId = new Map(pathway.compartments.map((c) => [c.id, c]));
	const widest = (id: string | undefined): number => {
		const c = id === undefined ? undefined : byId.get(id);
		return c ? Math.max(emptyCompartmentSize(c.label.en).width, widest(c.parent)) : 0;
	};
	return new Map(pathway.compartments.map((c) => [c.id, widest(c.id)]));
}

export function layoutGraph(pathway: Pathway, nodes: SizedNode[]): LayoutGraph {
	const reserve = labelWidths(pathway);
	return {
		nodes: [
			...pathway.compartments.map((c) => ({
				id: c.id,
				...(c.parent ? { parent: c.parent } : {}),
				...emptyCompartmentSize(c.label.en),
				width: reserve.get(c.id)!
			})),
			...nodes.map((n) => ({
				id: n.id,
				...(n.compartment ? { parent: n.compartment } : {}),
				width: Math.max(n.width, n.compartment ? reserve.get(n.compartment)! : 0),
				height: n.height
			}))
		],
		edges: pathway.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }))
	};
}
