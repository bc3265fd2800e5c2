/** A node shape filled and bordered as Cytoscape.js draws it, for nodes and legend swatches. */
import { cornerRadius, shapeSvgPath, type NodeShape } from '../../geometry/shapes.ts';
import type { NodePaint } from '../../style/visualGrammar.ts';
import { el, own, type Attrs } from './markup.ts';
import { compactPath } from './pathData.ts';

const tenths = (n: number) => Math.round(n * 10);

/** A box by its rounded sides, so its right and bottom fall where a path's corners would. */
function box(cx: number, cy: number, width: number, height: number): Attrs {
	const [left, right] = [tenths(cx - width / 2), tenths(cx + width / 2)];
	const [top, bottom] = [tenths(cy - height / 2), tenths(cy + height / 2)];
	return { x: left / 10, y: top / 10, width: (right - left) / 10, height: (bottom - top) / 10 };
}

/** The shape as the shortest element that draws it: `<ellipse>`, `<rect>`, else a `<path>`. */
export function shapeElement(
	shape: NodeShape,
	cx: number,
	cy: number,
	width: number,
	height: number,
	attrs: Attrs
): string {
	if (shape === 'ellipse')
		return el('ellipse', { cx, cy, rx: width / 2, ry: height / 2, ...attrs });
	if (shape === 'rectangle') return el('rect', { ...box(cx, cy, width, height), ...attrs });
	if (shape === 'round-rectangle') {
		const rx = cornerRadius(width, height);
		return el('rect', { ...box(cx, cy, width, height), rx, ...attrs });
	}
	return el('path', { d: compactPath(shapeSvgPath(shape, cx, cy, width, height)), ...attrs });
}

/** The width of the lines that draw a border: a double border is two lines a third as wide. */
export const borderLineWidth = (paint: NodePaint) =>
	paint.borderStyle === 'double' ? paint.borderWidth / 3 : paint.borderWidth;

/**
 * Cytoscape.js draws a double border as the full border with its middle third erased, so what
 * lies behind shows through the gap. Here: the inner line stroked on the fill's own outline, and
 * the outer line unfilled. `inherited`: what the enclosing group gives.
 */
export function paintedShape(
	shape: NodeShape,
	cx: number,
	cy: number,
	width: number,
	height: number,
	paint: NodePaint,
	inherited: Attrs = {}
): string {
	const line = borderLineWidth(paint);
	const drawn = (grow: number, fill: string) =>
		shapeElement(
			shape,
			cx,
			cy,
			width + 2 * grow,
			height + 2 * grow,
			own({ fill, stroke: paint.border, 'stroke-width': line }, inherited)
		);
	if (paint.borderStyle !== 'double') return drawn(0, paint.fill);
	return drawn(-line, paint.fill) + drawn(line, 'none');
}
