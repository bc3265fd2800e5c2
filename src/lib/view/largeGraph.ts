/**
 * Cytoscape's options for large graphs, as its documentation advises: while the reader pans or
 * zooms, draw a texture of the graph (or no edges) instead of every element, blur between
 * frames, and draw at one device pixel per CSS pixel. Curated pathways stay fully drawn; the
 * benchmark (npm run bench) measures the frames at 1,000 nodes.
 */
import type { CytoscapeOptions } from 'cytoscape';

/** Nodes, edges and compartments above which the viewer trades detail in motion for speed. */
export const LARGE_GRAPH_ELEMENTS = 400;

/** Whether a graph of `elements` is large: drawn with less in motion, its hovers fading nothing. */
export const isLargeGraph = (elements: number) => elements > LARGE_GRAPH_ELEMENTS;

/**
 * Whether the page's lists of every element (the outline's items, the script-free names) wait
 * in `<noscript>` for readers without a script: on a large graph they would be most of the page,
 * parsed, styled and read by the router before the script could answer a click. With a script,
 * the page draws the outline after its first paint.
 */
export const listsOnlyWithoutScript = (order: readonly string[]) => isLargeGraph(order.length);

export function viewportOptions(elements: number): Partial<CytoscapeOptions> {
	if (!isLargeGraph(elements)) return {};
	return { hideEdgesOnViewport: true, textureOnViewport: true, motionBlur: true, pixelRatio: 1 };
}
