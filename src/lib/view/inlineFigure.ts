/**
 * The pathway page's inline figure goes into the prerendered HTML once: the page renders this
 * placeholder where the figure belongs, and the server hook puts the SVG in its place, so the
 * figure is not also shipped a second time inside the page's hydration data. A page reached by
 * client-side navigation gets the figure in its data instead.
 */
export const INLINE_FIGURE_SLOT = '<!--atlas-inline-figure-->';

/** The slot stays after the figure: SvelteKit's dev server warns when a transform drops a comment. */
export const withInlineFigure = (html: string, figure: string | undefined): string =>
	figure === undefined ? html : html.replace(INLINE_FIGURE_SLOT, () => figure + INLINE_FIGURE_SLOT);
