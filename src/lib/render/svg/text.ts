/** Lines of real `<text>`, placed with the bundled font's metrics as CSS places them in a line box. */
import { TYPE } from '../../layout/font.ts';
import { FONT_METRICS } from '../../layout/fontMetrics.ts';
import { wrapLabel } from '../../layout/wrapLabel.ts';
import { escapeText } from './escape.ts';
import { el, num } from './markup.ts';

/** The baseline's distance below a line box's centre, in em. */
const BASELINE = (FONT_METRICS.ascender + FONT_METRICS.descender) / 2 / FONT_METRICS.unitsPerEm;

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
