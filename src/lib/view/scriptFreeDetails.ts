/**
 * The pathway page's script-free details (PrerenderedDetails) are in the prerendered HTML only:
 * hydration removes them whole. Svelte's hydration markers inside them are dead weight, about a
 * sixth of their bytes, so the server hook takes them out between these two marks. Hydration
 * finds the end of the block by counting the markers at the block's own level, which stay
 * balanced as every one of them between the marks goes. Curated text is escaped, so no marker
 * can come from it.
 */
export const DETAILS_START = '<!--atlas-details-->';
export const DETAILS_END = '<!--/atlas-details-->';

/** `<!--[-->`, `<!--[!-->`, `<!--[0-->`, `<!--[-1-->`, `<!--]-->` and the empty `<!---->`. */
const HYDRATION_MARKER = /<!--(?:\[(?:!|-?\d+)?|\])?-->/g;

export function withoutDetailsMarkers(html: string): string {
	const start = html.indexOf(DETAILS_START);
	const end = start < 0 ? -1 : html.indexOf(DETAILS_END, start);
	if (end < 0) return html;
	const inside = html.slice(start, end).replace(HYDRATION_MARKER, '');
	return html.slice(0, start) + inside + html.slice(end);
}
