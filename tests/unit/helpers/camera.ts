/** Boxes for the presentation camera's tests: what a view shows, and whether one box holds another. */
import type { camera, Box } from '../../../src/lib/lecture/camera.ts';

export const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });
/** What a view shows, in model coordinates. */
export const shown = (v: ReturnType<typeof camera>, width: number, height: number) =>
	box(
		-v.pan.x / v.zoom,
		-v.pan.y / v.zoom,
		(width - v.pan.x) / v.zoom,
		(height - v.pan.y) / v.zoom
	);
export const inside = (inner: Box, outer: Box) =>
	inner.x1 >= outer.x1 - 1e-6 &&
	inner.y1 >= outer.y1 - 1e-6 &&
	inner.x2 <= outer.x2 + 1e-6 &&
	inner.y2 <= outer.y2 + 1e-6;
