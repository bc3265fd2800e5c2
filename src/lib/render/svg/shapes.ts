/** A node shape filled and bordered as Cytoscape.js draws it, for nodes and legend swatches. */
import { shapeSvgPath, type NodeShape } from '../../style/shapes.ts';
import type { NodePaint } from '../../style/visualGrammar.ts';
import { el, roundPath } from './markup.ts';

/**
 * Cytoscape.js draws a double border as the full border with its middle third erased, so what
 * lies behind shows through the gap. Here: the fill up to the gap, and two lines a third wide.
 */
export function paintedShape(
	shape: NodeShape,
	cx: number,
	cy: number,
	width: number,
	height: number,
	paint: NodePaint
): string {
	const path = (grow: number) =>
		roundPath(shapeSvgPath(shape, cx, cy, width + 2 * grow, height + 2 * grow));
	if (paint.borderStyle !== 'double')
		return el('path', {
			d: path(0),
			fill: paint.fill,
			stroke: paint.border,
			'stroke-width': paint.borderWidth
		});
	const third = paint.borderWidth / 3;
	const line = (grow: number) =>
		el('path', { d: path(grow), fill: 'none', stroke: paint.border, 'stroke-width': third });
	return el('path', { d: path(-third / 2), fill: paint.fill }) + line(third) + line(-third);
}
