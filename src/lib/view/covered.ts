/**
 * What of the diagram a reader can see when something lies over its lower part: on a narrow
 * screen the details open as a sheet over the figure, and a selection brought to the middle of the
 * whole diagram would sit under it.
 */
export interface ScreenBox {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The height of `box`'s lower part that `over` covers: a sheet across its bottom edge. Something
 * beside it, above its bottom edge or ending above it covers nothing that matters here.
 */
export function coveredBelow(box: ScreenBox, over: ScreenBox | undefined): number {
	if (!over) return 0;
	const across = over.left < box.right && over.right > box.left;
	if (!across || over.top >= box.bottom || over.bottom < box.bottom) return 0;
	return Math.min(box.bottom - box.top, box.bottom - Math.max(over.top, box.top));
}
