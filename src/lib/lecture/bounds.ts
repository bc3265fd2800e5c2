/** Boxes of laid-out elements, in the layout's (and Cytoscape's model) coordinates. */
import type { LaidOutPathway } from '../layout/types.ts';
import type { Box } from './camera.ts';

export const figureBox = (laid: LaidOutPathway): Box => ({
	x1: 0,
	y1: 0,
	x2: laid.width,
	y2: laid.height
});

/**
 * The box around the given nodes and edges; undefined when none is drawn. Edges count only when
 * the ids name no node, and compartments only when they name nothing else: an edge from an
 * earlier step's node, or a compartment revealed with one member, can reach far beyond what the
 * step brings, and the camera would look at the middle of nowhere.
 */
export function boxOf(laid: LaidOutPathway, ids: Iterable<string>): Box | undefined {
	const wanted = new Set(ids);
	const members = laid.nodes.filter((el) => wanted.has(el.id));
	const edges = members.length ? [] : laid.edges.filter((e) => wanted.has(e.id));
	const shapes =
		members.length || edges.length ? members : laid.compartments.filter((el) => wanted.has(el.id));
	const boxes: Box[] = shapes.map((el) => ({
		x1: el.x - el.width / 2,
		y1: el.y - el.height / 2,
		x2: el.x + el.width / 2,
		y2: el.y + el.height / 2
	}));
	for (const e of edges)
		for (const p of e.points) boxes.push({ x1: p.x, y1: p.y, x2: p.x, y2: p.y });
	if (!boxes.length) return undefined;
	return {
		x1: Math.min(...boxes.map((b) => b.x1)),
		y1: Math.min(...boxes.map((b) => b.y1)),
		x2: Math.max(...boxes.map((b) => b.x2)),
		y2: Math.max(...boxes.map((b) => b.y2))
	};
}

/** Tall figures get the caption beside them, wide ones below. */
export const captionPlacement = (laid: LaidOutPathway): 'side' | 'below' =>
	laid.height > laid.width ? 'side' : 'below';
