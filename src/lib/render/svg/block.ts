/** A band of the figure's frame (title, legend, footer): its height, and how to draw it at a place. */
export interface Block {
	/** Whole units, so the figure's size stays whole pixels. */
	height: number;
	draw: (left: number, top: number) => string;
}

/** Space between bands and around their contents. */
export const GAP = 16;
