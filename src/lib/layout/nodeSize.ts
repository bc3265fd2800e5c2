/** A node's label lines and box: the measured text plus padding, grown to fit its shape. */
import type { Kind } from '../schema/vocabulary.ts';
import { TEXT_FIT } from '../style/shapes.ts';
import { kindShape } from '../style/visualGrammar.ts';
import { TYPE } from './font.ts';
import { measureText } from './measureText.ts';
import { NODE } from './spacing.ts';
import { wrapLabel } from './wrapLabel.ts';

/** A label as drawn in a node: wrapped at the node's label width. */
export const labelLines = (label: string): string[] =>
	wrapLabel(label, NODE.maxLabelWidth, TYPE.nodeSize);

export function nodeSize(
	label: string,
	kind: Kind
): { lines: string[]; width: number; height: number } {
	const lines = labelLines(label);
	const text = measureText(lines.join('\n'), TYPE.nodeSize);
	const fit = TEXT_FIT[kindShape(kind)];
	return {
		lines,
		width: (Math.max(text.width, NODE.minLabelWidth) + 2 * NODE.padX) / fit.x,
		height: (text.height + 2 * NODE.padY) / fit.y
	};
}
