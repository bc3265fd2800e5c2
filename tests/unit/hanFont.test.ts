import { createHash } from 'node:crypto';
import opentype from 'opentype.js';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { rasterisePng } from '../../src/lib/export/node/rasterisePng.ts';
import { LABEL_FONT } from '../../src/lib/layout/font.ts';
import { hanCharacters, hanSlices, hanSliceWoff } from '../../src/lib/server/hanFont.ts';
import { hanFontFaceCss, siteText } from '../../src/lib/server/hanFontFaces.ts';
import { inkedPixels } from './helpers/figures.ts';

const text = siteText('pathways');
const chars = hanCharacters(text);

describe('the Chinese label font the atlas ships', () => {
	it('has a glyph for every Chinese character of the curated files and the interface', async () => {
		expect(chars.length).toBeGreaterThan(50);
		const slices = hanSlices(text);
		expect(slices.flatMap((s) => [...s.chars]).sort()).toEqual([...chars].sort());
		for (const slice of slices) {
			const ttf = await subsetFont(hanSliceWoff(slice.name), slice.chars, {
				targetFormat: 'truetype'
			});
			const font = opentype.parse(ttf.buffer.slice(ttf.byteOffset, ttf.byteOffset + ttf.length));
			for (const ch of slice.chars) expect(font.charToGlyph(ch).index, ch).toBeGreaterThan(0);
		}
	});

	it('adds each subset to the label font’s family with exactly its characters', () => {
		const css = hanFontFaceCss('', [{ name: '102', chars: '受体' }]);
		expect(css).toContain(`font-family: '${LABEL_FONT.family}'`);
		expect(css).toContain("url('/fonts/sc-102.woff2')");
		expect(css).toContain('unicode-range: U+53D7,U+4F53;');
	});

	it('draws Chinese labels in PNGs as glyphs, not boxes: each character its own shape', () => {
		const sample = chars.filter((c) => /\p{Script=Han}/u.test(c)).slice(0, 16);
		const shapes = sample.map((ch) => {
			const svg =
				`<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" fill="#fff"/>` +
				`<text x="4" y="38" font-family='${LABEL_FONT.stack}' font-weight="500" font-size="40">${ch}</text></svg>`;
			const png = rasterisePng(svg, 1);
			expect(inkedPixels(png).inked, ch).toBeGreaterThan(20);
			return createHash('sha1').update(png).digest('hex');
		});
		// A missing glyph is drawn as the same .notdef box whatever the character.
		expect(new Set(shapes).size).toBe(sample.length);
	});
});
