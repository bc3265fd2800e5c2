/** A printed handout's piece is the handout figure with another root tag: its crop and size. */

export const rootTag = (svg: string) => /<svg\b[^>]*>/.exec(svg)?.[0] ?? '<svg>';

/** The figure under the piece's root tag: what the page prints for the piece. */
export const withRoot = (svg: string, root: string) => svg.replace(rootTag(svg), () => root);

export interface PrintPiece {
	/** The figure's root tag, its width, height and viewBox set to the piece. */
	root: string;
	/** CSS px. */
	width: number;
	height: number;
}
