/**
 * A page's inline figures go into the prerendered HTML once: the page renders a placeholder where
 * each figure belongs, and the server hook puts the SVG in its place, so the figure is not also
 * shipped a second time inside the page's hydration data. A page reached by client-side
 * navigation gets its figures in its data instead.
 */
export const INLINE_FIGURE_SLOT = '<!--atlas-inline-figure-->';

/** What a page puts into its slots: each slot, and the markup it takes (none: left as it is). */
export type InlineMarkup = ReadonlyArray<readonly [slot: string, markup: string | undefined]>;

/** Each slot stays after its figure: SvelteKit's dev server warns when a transform drops a comment. */
const fill = (html: string, slot: string, svg: string | undefined): string =>
	svg === undefined ? html : html.replace(slot, () => svg + slot);

export const withInlineMarkup = (html: string, markup: InlineMarkup): string =>
	markup.reduce((page, [slot, svg]) => fill(page, slot, svg), html);
