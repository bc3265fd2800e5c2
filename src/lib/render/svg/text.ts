/** Lines of real `<text>`, placed with the bundled font's metrics as Cytoscape.js places its labels. */
import { TYPE } from '../../layout/font.ts';
import { FONT_METRICS } from '../../layout/fontMetrics.ts';
import { wrapLabel } from '../../layout/wrapLabel.ts';
import { escapeText } from './escape.ts';
import { el, num } from './markup.ts';

/**
 * The baseline's distance below a line's centre, in em. Cytoscape.js draws each line with canvas
 * textBaseline 'bottom' on the line's em box, whose descent a browser scales to the font's share
 * of descent in ascent + descent; the figure then does not move when Cytoscape takes over.
 */
const BASELINE = 0.5 + FONT_METRICS.descender / (FONT_METRICS.ascender - FONT_METRICS.descender);

export const lineHeight = (size: number) => size * TYPE.lineHeight;

export interface TextStyle {
	size: number;
	fill: string;
	anchor: 'start' | 'middle';
	className?: string;
}

/** One `<text>` with a `<tspan>` per line, the first line's box starting at `top`. */
export function textLines(lines: string[], x: number, top: number, style: TextStyle): string {
	if (!lines.length) return '';
	const step = lineHeight(style.size);
	const baseline = (i: number) => top + (i + 0.5) * step + BASELINE * style.size;
	const spans = lines.map(
		(line, i) => `<tspan x="${num(x)}" y="${num(baseline(i))}">${escapeText(line)}</tspan>`
	);
	return el(
		'text',
		{
			class: style.className,
			'font-size': style.size,
			fill: style.fill,
			'text-anchor': style.anchor === 'middle' ? 'middle' : undefined
		},
		...spans
	);
}

/** A paragraph wrapped to `width` with the layout's own line breaking. */
export const wrap = (text: string, width: number, size: number): string[] =>
	wrapLabel(text, width, size).filter((line) => line !== '');
