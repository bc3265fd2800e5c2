/** Lines of real `<text>`, placed with the bundled font's metrics as Cytoscape.js places its labels. */
import { TYPE } from '../../layout/font.ts';
import { FONT_METRICS } from '../../layout/fontMetrics.ts';
import { wrapLabel } from '../../layout/wrapLabel.ts';
import { escapeText } from './escape.ts';
import { el, num, type Attrs } from './markup.ts';

/**
 * The baseline's distance below a line's centre, in em. Cytoscape.js draws each line with canvas
 * textBaseline 'bottom' on the line's em box, whose descent a browser scales to the font's share
 * of descent in ascent + descent; the figure then does not move when Cytoscape takes over.
 */
const BASELINE = 0.5 + FONT_METRICS.descender / (FONT_METRICS.ascender - FONT_METRICS.descender);

export const lineHeight = (size: number) => size * TYPE.lineHeight;

/** What a group of labels shares, for each `<text>` in it to inherit. */
export const textGroup = (size: number, fill: string | undefined, anchor?: 'middle'): Attrs => ({
	'font-size': size,
	fill,
	'text-anchor': anchor
});

/**
 * Lines as one `<text>`, the first line's box starting at `top`: the first line the text's own,
 * each further line a `<tspan>` placed below it. `attrs`: what differs from the enclosing group.
 */
export function textLines(
	lines: string[],
	x: number,
	top: number,
	size: number,
	attrs: Attrs = {}
): string {
	if (!lines.length) return '';
	const step = lineHeight(size);
	const baseline = (i: number) => top + (i + 0.5) * step + BASELINE * size;
	const more = lines
		.slice(1)
		.map(
			(line, i) => `<tspan x="${num(x)}" y="${num(baseline(i + 1))}">${escapeText(line)}</tspan>`
		);
	return el('text', { x, y: baseline(0), ...attrs }, escapeText(lines[0]!), ...more);
}

/** A paragraph wrapped to `width` with the layout's own line breaking (`atHyphens` as wrapLabel). */
export const wrap = (text: string, width: number, size: number, atHyphens = true): string[] =>
	wrapLabel(text, width, size, { atHyphens }).filter((line) => line !== '');
