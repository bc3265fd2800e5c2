/**
 * Text measure from the bundled font's advance table, the same in Node and the browser
 * (headless Cytoscape measures no labels). Kerning and ligatures are ignored.
 */
import { FONT_METRICS } from './fontMetrics.ts';
import { TYPE } from './font.ts';

const ADVANCES = new Map<number, number>(
	FONT_METRICS.runs.flatMap((run) =>
		run.advances.map((a, i): [number, number] => [run.start + i, a])
	)
);

const CJK_RANGES: [number, number][] = [
	[0x1100, 0x11ff], // Hangul Jamo
	[0x2e80, 0x2fdf], // CJK and Kangxi radicals
	[0x3000, 0x33ff], // CJK punctuation, kana, bopomofo, compatibility
	[0x3400, 0x4dbf], // Extension A
	[0x4e00, 0x9fff], // Unified Ideographs
	[0xac00, 0xd7af], // Hangul syllables
	[0xf900, 0xfaff], // Compatibility Ideographs
	[0xfe30, 0xfe4f], // Compatibility forms
	[0xff00, 0xff60], // Fullwidth forms
	[0xffe0, 0xffe6],
	[0x20000, 0x3ffff] // Supplementary ideographic planes
];

const ZERO_WIDTH: [number, number][] = [
	[0x0300, 0x036f], // combining diacritics
	[0x200b, 0x200f], // zero-width space, joiners, marks
	[0xfe00, 0xfe0f], // variation selectors
	[0xfeff, 0xfeff]
];

const within = (cp: number, ranges: [number, number][]) =>
	ranges.some(([from, to]) => cp >= from && cp <= to);

export const isCjk = (cp: number) => within(cp, CJK_RANGES);

/** Advance of one code point in em. */
export function advanceEm(cp: number): number {
	const known = ADVANCES.get(cp);
	if (known !== undefined) return known / FONT_METRICS.unitsPerEm;
	if (isCjk(cp)) return 1;
	if (within(cp, ZERO_WIDTH)) return 0;
	if (cp === 0x09) return (ADVANCES.get(0x20) ?? 0) / FONT_METRICS.unitsPerEm;
	return FONT_METRICS.averageAdvance / FONT_METRICS.unitsPerEm;
}

function lineWidth(line: string, fontSize: number): number {
	let em = 0;
	for (const ch of line) em += advanceEm(ch.codePointAt(0)!);
	return em * fontSize;
}

/** Width of the widest line and height of all lines ('\n' separates lines). */
export function measureText(text: string, fontSize: number): { width: number; height: number } {
	const lines = text.split('\n');
	return {
		width: Math.max(...lines.map((line) => lineWidth(line, fontSize))),
		height: lines.length * fontSize * TYPE.lineHeight
	};
}
