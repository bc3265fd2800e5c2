/** Model-space frames: the whole laid-out figure, which the page fits its viewer to. */
import type { LaidOutPathway } from '../layout/types.ts';
import type { Frame } from '../geometry/types.ts';

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
export const pathwayFrame = (laid: LaidOutPathway): Frame =>
	whole({ x: 0, y: 0, width: laid.width, height: laid.height });
