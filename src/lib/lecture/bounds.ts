/** Boxes of laid-out elements, in the layout's (and Cytoscape's model) coordinates. */
import type { LaidOutPathway } from '../layout/types.ts';
import { frameAround, frameOf, type Frame } from '../geometry/types.ts';

export const figureBox = (laidOut: LaidOutPathway): Frame => ({
	x: 0,
	y: 0,
	width: laidOut.width,
	height: laidOut.height
});

/**
 * The box around the given nodes and edges; undefined when none is drawn. Edges count only when
 * the ids name no node, and compartments only when they name nothing else: an edge from an
 * earlier step's node, or a compartment revealed with one member, can reach far beyond what the
 * step brings, and the camera would look at the middle of nowhere.
 */
export function boxOf(laidOut: LaidOutPathway, ids: Iterable<string>): Frame | undefined {
	const wanted = new Set(ids);
	const members = laidOut.nodes.filter((el) => wanted.has(el.id));
	const edges = members.length ? [] : laidOut.edges.filter((e) => wanted.has(e.id));
	const shapes =
		members.length || edges.length
			? members
			: laidOut.compartments.filter((el) => wanted.has(el.id));
	const points = edges.flatMap((e) => e.points.map((p) => ({ ...p, width: 0, height: 0 })));
	return frameAround([...shapes.map(frameOf), ...points]);
}

/** Tall figures get the caption beside them, wide ones below. */
export const captionPlacement = (laidOut: LaidOutPathway): 'side' | 'below' =>
	laidOut.height > laidOut.width ? 'side' : 'below';
