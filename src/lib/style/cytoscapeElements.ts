/**
 * A laid-out pathway as Cytoscape.js elements: data and positions, and the sizes the stylesheet
 * maps (an edge's width by its sentences, a compartment's min size in Cytoscape.js's terms). Every
 * node has a position, so the viewer runs `layout: { name: 'preset' }` and no layout of its own.
 */
import type { ElementDefinition } from 'cytoscape';
import type { LaidOutPathway } from '../layout/types.ts';
import { compartmentInner } from './cytoscapeStyle.ts';
import { edgeWidth } from './visualGrammar.ts';

export function toCytoscapeElements(laid: LaidOutPathway): ElementDefinition[] {
	const compartments = laid.compartments.map((c): ElementDefinition => ({
		group: 'nodes',
		data: {
			id: c.id,
			label: c.label,
			compartmentKind: c.kind,
			...(c.collapsed !== undefined ? { collapsed: c.collapsed } : {}),
			width: c.width,
			height: c.height,
			minWidth: compartmentInner(c.width),
			minHeight: compartmentInner(c.height),
			...(c.parent ? { parent: c.parent } : {})
		},
		position: { x: c.x, y: c.y }
	}));
	const nodes = laid.nodes.map((n): ElementDefinition => ({
		group: 'nodes',
		data: {
			id: n.id,
			entity: n.entity,
			kind: n.kind,
			// the wrapped lines, so Cytoscape breaks the label where the layout measured it
			label: n.lines.join('\n'),
			width: n.width,
			height: n.height,
			...(n.compartment ? { parent: n.compartment } : {})
		},
		position: { x: n.x, y: n.y }
	}));
	const edges = laid.edges.map((e): ElementDefinition => ({
		group: 'edges',
		data: {
			id: e.id,
			source: e.source,
			target: e.target,
			relation: e.relation,
			support: e.support,
			sentences: e.sentences,
			...(e.contested ? { contested: true } : {}),
			...(e.human ? { human: true } : {}),
			width: edgeWidth(e.sentences)
		}
	}));
	return [...compartments, ...nodes, ...edges];
}
