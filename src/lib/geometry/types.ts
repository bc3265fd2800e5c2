/** The atlas's geometry, in model (layout) coordinates unless a name says otherwise. */

export interface Point {
	x: number;
	y: number;
}

export interface Size {
	width: number;
	height: number;
}

/** The one rectangle: a box by its top-left corner and its size. */
export interface Frame extends Point, Size {}

/** A laid-out shape (a node, a compartment) by its centre and size, as Cytoscape.js places one. */
export type Placed = Point & Size;

/** The frame of a shape placed by its centre. */
export const frameOf = (s: Placed): Frame => ({
	x: s.x - s.width / 2,
	y: s.y - s.height / 2,
	width: s.width,
	height: s.height
});

/** The smallest frame holding them all; undefined for none. */
export function frameAround(frames: Frame[]): Frame | undefined {
	if (!frames.length) return undefined;
	const x = Math.min(...frames.map((f) => f.x));
	const y = Math.min(...frames.map((f) => f.y));
	const right = Math.max(...frames.map((f) => f.x + f.width));
	const bottom = Math.max(...frames.map((f) => f.y + f.height));
	return { x, y, width: right - x, height: bottom - y };
}
