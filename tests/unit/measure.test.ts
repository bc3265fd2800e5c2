import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { cssFont, fontFaceCss, LABEL_FONT, TYPE } from '../../src/lib/layout/font.ts';
import { FONT_METRICS } from '../../src/lib/layout/fontMetrics.ts';
import { advanceEm, isCjk, measureText } from '../../src/lib/layout/measureText.ts';
import { curatedText } from '../../src/lib/server/hanFontFaces.ts';
import { labelFontWoff } from '../../src/lib/server/labelFontWoff.ts';
import { wrapLabel } from '../../src/lib/layout/wrapLabel.ts';

const width = (text: string, size = 14) => measureText(text, size).width;
const parseFont = (buf: Buffer) =>
	opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
/** The label font's files, as Node's tools read them. */
const labelFonts = () => FONT_METRICS.files.map(({ file }) => parseFont(labelFontWoff(file)));

describe('measureText', () => {
	it('never narrows when a character is added (widths are monotonic)', () => {
		fc.assert(
			fc.property(fc.string(), fc.string({ minLength: 1, maxLength: 1 }), (text, ch) => {
				expect(width(text + ch)).toBeGreaterThanOrEqual(width(text));
			})
		);
	});

	it('tells narrow letters from wide ones and scales with the font size', () => {
		expect(width('iiii')).toBeLessThan(width('mmmm'));
		expect(width('Ketamine', 28)).toBeCloseTo(2 * width('Ketamine', 14), 9);
		expect(width('')).toBe(0);
	});

	it('measures CJK characters as 1em each', () => {
		expect(width('氯胺酮', 10)).toBe(30);
		expect(width('受体', 14)).toBe(28);
		expect(width('NMDA 受体', 14)).toBeCloseTo(width('NMDA ', 14) + 28, 9);
	});

	it('measures a character the table lacks as the average width', () => {
		const average = (FONT_METRICS.averageAdvance / FONT_METRICS.unitsPerEm) * 20;
		expect(width('∀', 20)).toBeCloseTo(average, 9);
		expect(width('😀', 20)).toBeCloseTo(average, 9);
	});

	it('gives combining marks no width and Greek letters their own', () => {
		expect(width('e\u0301')).toBe(width('e'));
		expect(advanceEm('σ'.codePointAt(0)!)).not.toBe(FONT_METRICS.averageAdvance / 1000);
	});

	it('returns the same size on every call', () => {
		const text = 'Brain-derived neurotrophic factor (BDNF) σ1 受体';
		const first = measureText(text, 14);
		for (let i = 0; i < 5; i++) expect(measureText(text, 14)).toEqual(first);
	});

	it('measures lines: the widest line, and one line height per line', () => {
		const m = measureText('NMDA\nreceptor antagonist', 14);
		expect(m.width).toBe(width('receptor antagonist'));
		expect(m.height).toBe(2 * 14 * TYPE.lineHeight);
	});
});

describe('the metrics table', () => {
	it('holds the advance widths of the font files it names (npx tsx scripts/font-metrics.ts)', () => {
		const fonts = labelFonts();
		let checked = 0;
		for (const run of FONT_METRICS.runs) {
			run.advances.forEach((advance, i) => {
				const ch = String.fromCodePoint(run.start + i);
				const font = fonts.find((f) => f.charToGlyph(ch).index !== 0)!;
				expect(font.charToGlyph(ch).advanceWidth, ch).toBe(advance);
				checked++;
			});
		}
		expect(checked).toBeGreaterThan(300);
	});

	it('covers Latin, Latin-1, Greek, superscripts, subscripts and common punctuation', () => {
		for (const ch of 'Az09 é ß α Ω σ – — “ ” • … ′ − ⁺ ⁻ ₂') {
			const known = FONT_METRICS.runs.some(
				(r) => ch.codePointAt(0)! >= r.start && ch.codePointAt(0)! < r.start + r.advances.length
			);
			expect(known, ch).toBe(true);
		}
	});
});

describe('the label font', () => {
	it('has a glyph for every character of the curated files but Chinese', () => {
		const fonts = labelFonts();
		const missing = new Set<string>();
		for (const ch of curatedText('pathways')) {
			if (isCjk(ch.codePointAt(0)!) || /[\s\p{Cc}]/u.test(ch)) continue;
			if (!fonts.some((f) => f.charToGlyph(ch).index > 0)) missing.add(ch);
		}
		expect([...missing]).toEqual([]);
	});

	it('is served by the site itself, with its licence', () => {
		for (const f of LABEL_FONT.files) expect(existsSync(`static${f.url}`), f.url).toBe(true);
		expect(existsSync(`static${LABEL_FONT.url}`)).toBe(true);
		expect(readFileSync('static/fonts/OFL.txt', 'utf8')).toContain('SIL Open Font License');
	});

	it('is declared under one family name for CSS, canvas and SVG', () => {
		const css = fontFaceCss('/base');
		expect(css.match(/@font-face/g)).toHaveLength(LABEL_FONT.files.length);
		expect(css).toContain(`font-family: '${LABEL_FONT.family}'`);
		expect(css).toContain(`url('/base${LABEL_FONT.url}')`);
		expect(css).toContain(`font-weight: ${FONT_METRICS.weight}`);
		expect(LABEL_FONT.stack.startsWith(`"${LABEL_FONT.family}"`)).toBe(true);
		expect(cssFont(14)).toBe(`${FONT_METRICS.weight} 14px ${LABEL_FONT.stack}`);
	});
});

describe('wrapLabel', () => {
	const lines = (text: string, max = 100) => wrapLabel(text, max, 14);

	it('keeps every line within the width and every word, in order', () => {
		const text = 'Rapid and sustained antidepressant effect in treatment-resistant depression';
		const wrapped = lines(text, 110);
		expect(wrapped.length).toBeGreaterThan(3);
		for (const line of wrapped) expect(width(line)).toBeLessThanOrEqual(110);
		expect(wrapped.join(' ').replaceAll('- ', '-')).toBe(text);
	});

	it('leaves a label that fits on one line', () => {
		expect(lines('Ketamine')).toEqual(['Ketamine']);
	});

	it('breaks after a hyphen only between parts of two or more letters', () => {
		const wrapped = lines('N-methyl-D-aspartate', 60);
		expect(wrapped).toEqual(['N-methyl-', 'D-aspartate']);
	});

	it('keeps a word too long for the width whole, on its own line', () => {
		expect(lines('Hydroxynorketamine metabolite', 50)).toEqual([
			'Hydroxynorketamine',
			'metabolite'
		]);
	});

	it('breaks CJK text between characters and honours explicit line breaks', () => {
		const wrapped = wrapLabel('快速抗抑郁作用', 42, 14);
		expect(wrapped).toEqual(['快速抗', '抑郁作', '用']);
		expect(lines('NMDA\nreceptor')).toEqual(['NMDA', 'receptor']);
	});
});
