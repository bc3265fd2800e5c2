/** One dagre run in headless Cytoscape.js; the instance is always destroyed, or Node never exits. */
import type { DagreLayoutOptions } from 'cytoscape-dagre';
import type { Direction } from '../schema/vocabulary.ts';
import { cytoscape } from './dagre.ts';
import type { LayoutGraph } from './layoutInput.ts';
import type { Point } from '../geometry/types.ts';

export type Ranker = 'network-simplex' | 'tight-tree' | 'longest-path';

export interface DagreRun {
	direction: Direction;
	ranker: Ranker;
	/** 'greedy' breaks cycles with fewer reversed edges than dagre's depth-first default. */
	acyclicer?: 'greedy';
	spacing: { nodeSep: number; rankSep: number; edgeSep: number };
}

/**
 * dagre keeps its graph in plain objects, so an id that is a property of Object.prototype
 * ("constructor", a valid id) breaks it: such an id goes in with a suffix no id can have.
 */
const inside = (id: string): string => (id in Object.prototype ? `${id}_` : id);
const outside = (id: string): string => (id.endsWith('_') ? id.slice(0, -1) : id);

/** Centres of every node and compartment (compound node) by id. */
export function runDagre(graph: LayoutGraph, run: DagreRun): Map<string, Point> {
	const cy = cytoscape({
		headless: true,
		styleEnabled: true,
		elements: [
			...graph.nodes.map((n) => ({
				group: 'nodes' as const,
				data: { ...n, id: inside(n.id), ...(n.parent ? { parent: inside(n.parent) } : {}) }
			})),
			...graph.edges.map((e) => ({
				group: 'edges' as const,
				data: { id: inside(e.id), source: inside(e.source), target: inside(e.target) }
			}))
		],
		style: [
			{
				selector: 'node',
				style: { width: 'data(width)', height: 'data(height)', 'border-width': 0 }
			}
		]
	});
	try {
		const options: DagreLayoutOptions = {
			name: 'dagre',
			rankDir: run.direction,
			ranker: run.ranker,
			...(run.acyclicer ? { acyclicer: run.acyclicer } : {}),
			...run.spacing,
			fit: false,
			animate: false
		};
		cy.layout(options).run();
		return new Map(cy.nodes().map((n) => [outside(n.id()), { ...n.position() }]));
	} finally {
		cy.destroy();
	}
}
