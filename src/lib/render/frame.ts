/** Model-space frames: the whole laid-out figure, which the page fits its viewer to. */
import type { LaidOutPathway } from '../layout/types.ts';
import type { Frame, Point } from '../geometry/types.ts';

/** The frame widened to whole units. */
export function whole(f: Frame): Frame {
	const x = Math.floor(f.x);
	const y = Math.floor(f.y);
	return {
		x,
		y,
		width: Math.max(1, Math.ceil(f.x + f.width) - x),
		height: Math.max(1, Math.ceil(f.y + f.height) - y)
	};
}

/** The whole laid-out figure, margin included: what the page fits Cytoscape's viewport to. */
export const pathwayFrame = (laidOut: LaidOutPathway): Frame =>
	whole({ x: 0, y: 0, width: laidOut.width, height: laidOut.height });

/** Where the pathway starts: its first node, which a first view too small for the whole keeps in view. */
export function pathwayStart(laidOut: LaidOutPathway): Point | undefined {
	const first = laidOut.nodes[0];
	return first && { x: first.x, y: first.y };
}
