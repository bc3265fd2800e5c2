/**
 * Bringing an element into view without moving the view more than that needs: the zoom is kept,
 * and the view pans only by as much as puts the element inside the box (none when it is in).
 */
import type { Viewport } from './firstView.ts';

/** A box in model coordinates (Cytoscape's bounding box). */
export interface ModelBox {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** Per axis: how far to move so [from, to] lies within [pad, size - pad]; centred if it cannot. */
function shift(from: number, to: number, size: number, pad: number): number {
	if (to - from > size - 2 * pad) return size / 2 - (from + to) / 2;
	if (from < pad) return pad - from;
	if (to > size - pad) return size - pad - to;
	return 0;
}

/**
 * The pan that shows `box` in a container of `width` × `height` (pixels) at the view's zoom,
 * `pad` pixels from its edges; undefined when the view shows it already.
 */
export function revealPan(
	view: Viewport,
	box: ModelBox,
	width: number,
	height: number,
	pad: number
): Viewport['pan'] | undefined {
	const { zoom, pan } = view;
	const dx = shift(box.x1 * zoom + pan.x, box.x2 * zoom + pan.x, width, pad);
	const dy = shift(box.y1 * zoom + pan.y, box.y2 * zoom + pan.y, height, pad);
	if (dx === 0 && dy === 0) return undefined;
	return { x: pan.x + dx, y: pan.y + dy };
}
