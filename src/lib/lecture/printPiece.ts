/**
 * A printed handout's piece is the handout figure seen through another root tag (its crop and
 * size). The page carries the figure once: each piece draws its body with <use>.
 */

export const rootTag = (svg: string) => /<svg\b[^>]*>/.exec(svg)?.[0] ?? '<svg>';

/** The id of the handout figure's body, which every piece draws. */
export const FIGURE_BODY = 'handout-figure-body';

/** The figure with everything inside its root in one group, for the pieces to <use>. */
export function withBody(svg: string): string {
	const root = rootTag(svg);
	const end = svg.lastIndexOf('</svg>');
	const start = svg.indexOf(root) + root.length;
	return `${svg.slice(0, start)}<g id="${FIGURE_BODY}">${svg.slice(start, end)}</g>${svg.slice(end)}`;
}

/** A piece: the page's figure body, seen through the piece's root. */
export const pieceSvg = (root: string) => `${root}<use href="#${FIGURE_BODY}"/></svg>`;

export interface PrintPiece {
	/** The figure's root tag, its width, height and viewBox set to the piece. */
	root: string;
	/** CSS px. */
	width: number;
	height: number;
}
