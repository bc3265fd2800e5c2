/**
 * npx tsx scripts/font-metrics.ts
 * Copies the label font (Noto Sans 500, latin + greek subsets, OFL) into static/fonts/ and writes
 * src/lib/layout/fontMetrics.ts: advance widths per code point, without kerning, read from the
 * .woff files (opentype.js cannot read woff2; the served woff2 carries the same glyphs), and the
 * @font-face rules of src/lib/styles/fonts.css.
 * Google's subsets, which fontsource ships, leave out the superscripts and subscripts (the plus
 * of Ca²⁺); those are cut from the whole font into a third file, with a WOFF twin for Node.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';
import prettier from 'prettier';
import subsetFont from 'subset-font';
import { writeFileSafely } from '../src/lib/server/writeFile.js';

const WEIGHT = 500;
const FONTSOURCE = dirname(
	createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')
);
const WHOLE_FONT = createRequire(import.meta.url).resolve(
	'@expo-google-fonts/noto-sans/500Medium/NotoSans_500Medium.ttf'
);
const OUT_METRICS = 'src/lib/layout/fontMetrics.ts';
const OUT_FONTS = 'static/fonts';
const OUT_CSS = 'src/lib/styles/fonts.css';

/** Which code points each subset file is asked for; a code point the file lacks is left out. */
const SUBSETS: { name: string; ranges: [number, number][] }[] = [
	{
		name: 'latin',
		ranges: [
			[0x20, 0x7e],
			[0xa0, 0xff],
			[0x131, 0x131],
			[0x152, 0x153],
			[0x2010, 0x2027],
			[0x2030, 0x205e],
			[0x20ac, 0x20ac],
			[0x2122, 0x2122],
			[0x2191, 0x2191],
			[0x2193, 0x2193],
			[0x2212, 0x2212],
			[0x2215, 0x2215]
		]
	},
	{ name: 'greek', ranges: [[0x370, 0x3ff]] },
	{ name: 'supsub', ranges: [[0x2070, 0x209f]] }
];
const FROM_WHOLE_FONT = 'supsub';

const fileName = (subset: string, ext: string) => `noto-sans-${subset}-${WEIGHT}-normal.${ext}`;

const parse = (buf: Buffer) =>
	opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));

function loadFont(subset: string): opentype.Font {
	const file =
		subset === FROM_WHOLE_FONT ? WHOLE_FONT : join(FONTSOURCE, 'files', fileName(subset, 'woff'));
	return parse(readFileSync(file));
}

/** The code points of `ranges` that `font` draws. */
const drawn = (font: opentype.Font, ranges: [number, number][]) =>
	advanceRuns(font, ranges).flatMap((r) => r.advances.map((_, i) => r.start + i));

const cssHex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');
/** CSS unicode-range of the code points `font` draws in `ranges`, e.g. "U+2070-2071,U+2074-208E". */
const rangeCss = (font: opentype.Font, ranges: [number, number][]) =>
	advanceRuns(font, ranges)
		.map(({ start, advances: { length } }) =>
			length === 1 ? `U+${cssHex(start)}` : `U+${cssHex(start)}-${cssHex(start + length - 1)}`
		)
		.join(',');

/** Served woff2 and its WOFF twin for the characters Google's subsets leave out. */
async function writeWholeFontSubset(font: opentype.Font, ranges: [number, number][]) {
	const text = String.fromCodePoint(...drawn(font, ranges));
	const whole = readFileSync(WHOLE_FONT);
	for (const ext of ['woff2', 'woff'] as const) {
		const bytes = await subsetFont(whole, text, { targetFormat: ext });
		writeFileSafely(join(OUT_FONTS, fileName(FROM_WHOLE_FONT, ext)), bytes);
	}
}

/** Consecutive code points with a glyph, as runs of advance widths in font units. */
function advanceRuns(font: opentype.Font, ranges: [number, number][]) {
	const runs: { start: number; advances: number[] }[] = [];
	for (const [from, to] of ranges) {
		let run: { start: number; advances: number[] } | undefined;
		for (let cp = from; cp <= to; cp++) {
			const glyph = font.charToGlyph(String.fromCodePoint(cp));
			if (glyph.index === 0 || glyph.advanceWidth === undefined) {
				run = undefined;
				continue;
			}
			if (!run) runs.push((run = { start: cp, advances: [] }));
			run.advances.push(glyph.advanceWidth);
		}
	}
	return runs;
}

const hex = (n: number) => `0x${n.toString(16)}`;

async function main() {
	const unicode: Record<string, string> = JSON.parse(
		readFileSync(join(FONTSOURCE, 'unicode.json'), 'utf8')
	);
	const fonts = SUBSETS.map((s) => ({ ...s, font: loadFont(s.name) }));
	const latin = fonts[0]!.font;
	const runs = fonts.flatMap((f) => advanceRuns(f.font, f.ranges));
	const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
	const average =
		letters.reduce((sum, c) => sum + (latin.charToGlyph(c).advanceWidth ?? 0), 0) / letters.length;

	mkdirSync(OUT_FONTS, { recursive: true });
	mkdirSync(dirname(OUT_METRICS), { recursive: true });
	for (const s of SUBSETS) {
		if (s.name === FROM_WHOLE_FONT) continue;
		writeFileSafely(
			join(OUT_FONTS, fileName(s.name, 'woff2')),
			readFileSync(join(FONTSOURCE, 'files', fileName(s.name, 'woff2')))
		);
	}
	writeFileSafely(join(OUT_FONTS, 'OFL.txt'), readFileSync(join(FONTSOURCE, 'LICENSE')));
	const whole = fonts.find((f) => f.name === FROM_WHOLE_FONT)!;
	await writeWholeFontSubset(whole.font, whole.ranges);
	const ranges = new Map(Object.entries(unicode));
	ranges.set(FROM_WHOLE_FONT, rangeCss(whole.font, whole.ranges));

	const source = `/**
 * Generated by scripts/font-metrics.ts from Noto Sans (OFL-1.1); do not edit.
 * Advance widths in font units per code point, without kerning.
 */
export const FONT_METRICS = {
	source: 'Noto Sans ${WEIGHT} (fontsource ${JSON.parse(readFileSync(join(FONTSOURCE, 'package.json'), 'utf8')).version})',
	weight: ${WEIGHT},
	unitsPerEm: ${latin.unitsPerEm},
	ascender: ${latin.ascender},
	descender: ${latin.descender},
	/** Mean advance of A-Z, a-z and 0-9: the width of a character the table does not know. */
	averageAdvance: ${Math.round(average)},
	files: [
${SUBSETS.map((s) => `		{ file: '${fileName(s.name, 'woff2')}', unicodeRange: '${ranges.get(s.name)}' }`).join(',\n')}
	],
	runs: [
${runs.map((r) => `		{ start: ${hex(r.start)}, advances: [${r.advances.join(', ')}] }`).join(',\n')}
	]
} as const;
`;
	const config = (await prettier.resolveConfig(OUT_METRICS)) ?? {};
	writeFileSafely(OUT_METRICS, await prettier.format(source, { ...config, filepath: OUT_METRICS }));
	console.log(`${OUT_METRICS}: ${runs.reduce((n, r) => n + r.advances.length, 0)} code points`);
	// imported only now, so that it reads the table just written
	const { fontFaceCss } = await import('../src/lib/layout/font.ts');
	const header =
		'/* The bundled label font (generated from src/lib/layout/font.ts; a unit test keeps them equal). */';
	writeFileSafely(OUT_CSS, `${header}\n${fontFaceCss()}\n`);
}

await main();
