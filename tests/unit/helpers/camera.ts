/** Boxes for the presentation camera's tests: what a view shows, and whether one box holds another. */
import type { Frame } from '../../../src/lib/geometry/types.ts';
import type { camera } from '../../../src/lib/lecture/camera.ts';

/** The frame between two corners. */
export const box = (x1: number, y1: number, x2: number, y2: number): Frame => ({
	x: x1,
	y: y1,
	width: x2 - x1,
	height: y2 - y1
});
/** What a view shows, in model coordinates. */
export const shown = (v: ReturnType<typeof camera>, width: number, height: number) =>
	box(
		-v.pan.x / v.zoom,
		-v.pan.y / v.zoom,
		(width - v.pan.x) / v.zoom,
		(height - v.pan.y) / v.zoom
	);
export const inside = (inner: Frame, outer: Frame) =>
	inner.x >= outer.x - 1e-6 &&
	inner.y >= outer.y - 1e-6 &&
	inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
	inner.y + inner.height <= outer.y + outer.height + 1e-6;
