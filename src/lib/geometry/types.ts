/** The atlas's geometry, in model (layout) coordinates unless a name says otherwise. */

export interface Point {
	x: number;
	y: number;
}

/** A box by its top-left corner. */
export interface Frame {
	x: number;
	y: number;
	width: number;
	height: number;
}
