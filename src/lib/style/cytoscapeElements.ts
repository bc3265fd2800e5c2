/**
 * A laid-out pathway as Cytoscape.js elements: data and positions, and the sizes the stylesheet
 * maps (an edge's width by its sentences, a compartment's min size in Cytoscape.js's terms). Every
 * node has a position, so the viewer runs `layout: { name: 'preset' }` and no layout of its own.
 */
import type { ElementDefinition } from 'cytoscape';
import type { LaidOutPathway } from '../layout/types.ts';
import { compartmentInner } from './cytoscapeStyle.ts';
import { edgeWidth } from './visualGrammar.ts';
import type { Point } from '../geometry/types.ts';

const tenths = (n: number) => Math.round(n * 1000) / 1000;

/**
 * A routed edge in Cytoscape.js's terms: its ends relative to its nodes' centres, and its
 * corners (routeSegments).
 */
function routeData(points: Point[], source: Point | undefined, target: Point | undefined) {
	if (!source || !target) return {};
	const first = points[0]!;
	const last = points[points.length - 1]!;
	const relative = (p: Point, c: Point) => [tenths(p.x - c.x), tenths(p.y - c.y)];
	return {
		sourceEndpoint: relative(first, source),
		targetEndpoint: relative(last, target),
		...routeSegments(points, source, target)
	};
}

/**
 * A routed edge's corners in Cytoscape.js's terms (curve-style segments, edge-distances
 * node-position): each corner's share along the line between the two nodes' centres and its
 * distance to the left of that line. A straight edge has none.
 */
export function routeSegments(
	points: Point[],
	source: Point | undefined,
	target: Point | undefined
): { segmentWeights?: number[]; segmentDistances?: number[] } {
	const corners = points.slice(1, -1);
	if (!corners.length || !source || !target) return {};
	const d = { x: target.x - source.x, y: target.y - source.y };
	const length2 = d.x * d.x + d.y * d.y || 1;
	const length = Math.sqrt(length2);
	const along = (p: Point) => ((p.x - source.x) * d.x + (p.y - source.y) * d.y) / length2;
	const left = (p: Point) => ((p.y - source.y) * d.x - (p.x - source.x) * d.y) / length;
	return {
		segmentWeights: corners.map((p) => tenths(along(p))),
		segmentDistances: corners.map((p) => tenths(left(p)))
	};
}

export function toCytoscapeElements(laidOut: LaidOutPathway): ElementDefinition[] {
	const compartments = laidOut.compartments.map((c): ElementDefinition => ({
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
	const nodes = laidOut.nodes.map((n): ElementDefinition => ({
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
	const centres = new Map([...laidOut.compartments, ...laidOut.nodes].map((n) => [n.id, n]));
	const edges = laidOut.edges.map((e): ElementDefinition => ({
		group: 'edges',
		data: {
			...(e.routed ? routeData(e.points, centres.get(e.source), centres.get(e.target)) : {}),
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
