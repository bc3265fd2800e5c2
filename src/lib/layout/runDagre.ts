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

/** Centres of every node and compartment (compound node) by id. */
export function runDagre(graph: LayoutGraph, run: DagreRun): Map<string, Point> {
	const cy = cytoscape({
		headless: true,
		styleEnabled: true,
		elements: [
			...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { ...n } })),
			...graph.edges.map((e) => ({ group: 'edges' as const, data: { ...e } }))
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
		return new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
	} finally {
		cy.destroy();
	}
}
