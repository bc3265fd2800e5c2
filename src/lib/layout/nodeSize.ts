/** A node's label lines and box: the measured text plus padding, grown to fit its shape. */
import type { Kind } from '../schema/vocabulary.ts';
import { TEXT_FIT } from '../geometry/shapes.ts';
import { kindShape } from '../grammar/kinds.ts';
import { TYPE } from './font.ts';
import { measureText } from './measureText.ts';
import { NODE } from './spacing.ts';
import { wrapLabel } from './wrapLabel.ts';

/**
 * How wide a label may run before it wraps, by the node's shape: a hexagon's slanted sides or an
 * ellipse's curve take width a rectangle gives its text, so their labels wrap sooner, and the
 * node grows taller rather than much wider.
 */
const wrapWidth = (kind: Kind) => NODE.maxLabelWidth * (NARROW_WRAP[kindShape(kind)] ?? 1);
const NARROW_WRAP: Partial<Record<ReturnType<typeof kindShape>, number>> = {
	hexagon: 0.72,
	ellipse: 0.85
};

/** A label as drawn in a node of this kind: wrapped at its shape's label width. */
export const labelLines = (label: string, kind: Kind): string[] =>
	wrapLabel(label, wrapWidth(kind), TYPE.nodeSize);

/**
 * The box of a node labelled `label`, big enough for each of `otherLabels` too (the label in
 * the other language): one layout serves both languages, so switching keeps every node in place.
 */
export function nodeSize(
	label: string,
	kind: Kind,
	otherLabels: string[] = []
): { lines: string[]; width: number; height: number } {
	const lines = labelLines(label, kind);
	const texts = [lines, ...otherLabels.map((other) => labelLines(other, kind))].map((l) =>
		measureText(l.join('\n'), TYPE.nodeSize)
	);
	const fit = TEXT_FIT[kindShape(kind)];
	return {
		lines,
		width: (Math.max(...texts.map((t) => t.width), NODE.minLabelWidth) + 2 * NODE.padX) / fit.x,
		height: (Math.max(...texts.map((t) => t.height)) + 2 * NODE.padY) / fit.y
	};
}
