/** A node's label lines and box: the measured text plus padding, grown to fit its shape. */
import type { Kind } from '../schema/vocabulary.ts';
import { TEXT_FIT } from '../geometry/shapes.ts';
import { kindShape } from '../grammar/kinds.ts';
import { TYPE } from './font.ts';
import { measureText } from './measureText.ts';
import { NODE } from './spacing.ts';
import { wrapLabel } from './wrapLabel.ts';

/** A label as drawn in a node: wrapped at the node's label width. */
export const labelLines = (label: string): string[] =>
	wrapLabel(label, NODE.maxLabelWidth, TYPE.nodeSize);

/**
 * The box of a node labelled `label`, big enough for each of `otherLabels` too (the label in
 * the other language): one layout serves both languages, so switching keeps every node in place.
 */
export function nodeSize(
	label: string,
	kind: Kind,
	otherLabels: string[] = []
): { lines: string[]; width: number; height: number } {
	const lines = labelLines(label);
	const texts = [lines, ...otherLabels.map(labelLines)].map((l) =>
		measureText(l.join('\n'), TYPE.nodeSize)
	);
	const fit = TEXT_FIT[kindShape(kind)];
	return {
		lines,
		width: (Math.max(...texts.map((t) => t.width), NODE.minLabelWidth) + 2 * NODE.padX) / fit.x,
		height: (Math.max(...texts.map((t) => t.height)) + 2 * NODE.padY) / fit.y
	};
}
