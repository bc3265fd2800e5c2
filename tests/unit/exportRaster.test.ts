import { spawnSync } from 'node:child_process';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT, SCALES } from '../../src/lib/export/exportOptions.ts';
import { figureSvg } from '../../src/lib/export/exportText.ts';
import { rasterisePng } from '../../src/lib/export/node/rasterisePng.ts';
import { LABEL_FONT } from '../../src/lib/layout/font.ts';
import { measureText } from '../../src/lib/layout/measureText.ts';
import { contrast } from '../../src/lib/style/colour.ts';
import { PALETTES, THEMES } from '../../src/lib/style/themes.ts';
import { galleryAtlas, inkedPixels, parseSvg, subjects, viewBoxSize } from './helpers/figures.ts';

/** Debian's librsvg renderer, as a user's tools would draw the file. */
function rsvgConvert(svg: string): Buffer {
	const run = spawnSync('rsvg-convert', ['--format', 'png'], { input: svg, maxBuffer: 1 << 28 });
	if (run.error)
		throw new Error(
			`rsvg-convert did not run (apt-get install librsvg2-bin): ${run.error.message}`
		);
	if (run.status !== 0) throw new Error(`rsvg-convert failed: ${run.stderr.toString()}`);
	return run.stdout;
}

const figures = subjects(galleryAtlas()).flatMap((s) =>
	THEMES.map((theme) => ({
		name: `${s.pathway.id} ${theme}`,
		svg: figureSvg(s, { ...DEFAULT_EXPORT, theme })
	}))
);

describe('exported SVG in real renderers', () => {
	it('parses as XML, and rsvg-convert draws it at its size, not blank', () => {
		for (const { name, svg } of figures) {
			parseSvg(svg);
			const png = inkedPixels(rsvgConvert(svg));
			const size = viewBoxSize(svg);
			expect([png.width, png.height], name).toEqual([size.width, size.height]);
			expect(png.inked / (png.width * png.height), name).toBeGreaterThan(0.02);
		}
	});

	it('resvg draws it at 1x, 2x and 4x, not blank', () => {
		const { name, svg } = figures.find((f) => f.name.startsWith('every-relation'))!;
		const size = viewBoxSize(svg);
		for (const scale of SCALES) {
			const png = inkedPixels(rasterisePng(svg, scale));
			expect([png.width, png.height], `${name} ${scale}x`).toEqual([
				size.width * scale,
				size.height * scale
			]);
			expect(png.inked / (png.width * png.height)).toBeGreaterThan(0.02);
		}
	});

	it('leaves the background transparent when asked', () => {
		const [subject] = subjects(galleryAtlas());
		const svg = figureSvg(subject!, { ...DEFAULT_EXPORT, background: 'transparent' });
		const { data, width, height } = PNG.sync.read(rasterisePng(svg, 1));
		let clear = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i] === 0) clear++;
		expect(data[3]).toBe(0);
		// a painted background leaves no pixel clear; a compact figure still leaves a good share
		expect(clear / (width * height)).toBeGreaterThan(0.15);
		expect(clear).toBeLessThan(width * height);
	});

	it('keeps title, legend and footer legible on a transparent figure, on white and on dark slides', () => {
		const subject = subjects(galleryAtlas()).find((x) => x.pathway.id === 'every-support')!;
		const hex = (r: number, g: number, b: number) =>
			`#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
		for (const theme of ['light', 'dark'] as const) {
			const svg = figureSvg(subject, { ...DEFAULT_EXPORT, theme, background: 'transparent' });
			const [left, top] = /viewBox="([-\d.]+) ([-\d.]+)/.exec(svg)!.slice(1).map(Number);
			const plates = [
				...svg.matchAll(
					/class="figure-band-plate" x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g
				)
			].map((m) => m.slice(1).map(Number) as [number, number, number, number]);
			// the title band, and the legend and footer together
			expect(plates, theme).toHaveLength(2);
			const { data, width } = PNG.sync.read(rasterisePng(svg, 1));
			for (const slide of ['#ffffff', '#000000']) {
				const under = [1, 3, 5].map((i) => parseInt(slide.slice(i, i + 2), 16));
				for (const [x, y, w, h] of plates) {
					// the band's most common colour once the figure lies on the slide
					const counts = new Map<string, number>();
					for (let row = Math.ceil(y - top!) + 8; row < y - top! + h - 8; row++)
						for (let col = Math.ceil(x - left!) + 8; col < x - left! + w - 8; col++) {
							const i = (row * width + col) * 4;
							const a = data[i + 3]! / 255;
							const c = hex(
								...([0, 1, 2].map((k) => data[i + k]! * a + under[k]! * (1 - a)) as [
									number,
									number,
									number
								])
							);
							counts.set(c, (counts.get(c) ?? 0) + 1);
						}
					const ground = [...counts].sort((p, q) => q[1] - p[1])[0]![0];
					expect(contrast(PALETTES[theme].ink, ground), `${theme} on ${slide}`).toBeGreaterThan(7);
				}
			}
		}
		const opaque = figureSvg(subject, { ...DEFAULT_EXPORT, theme: 'dark' });
		expect(opaque).not.toContain('figure-band-plate');
	});

	it('draws labels in the bundled font, as wide as the layout measured them', () => {
		const word = 'Ketamine γ-aminobutyric';
		const size = 100;
		const svg =
			`<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="200">` +
			`<text x="10" y="150" font-size="${size}" font-weight="${LABEL_FONT.weight}" ` +
			`font-family="${LABEL_FONT.stack.replaceAll('"', '&quot;')}">${word}</text></svg>`;
		const { data, width } = PNG.sync.read(rasterisePng(svg, 1));
		let left = width;
		let right = 0;
		for (let i = 0; i < data.length; i += 4)
			if (data[i + 3]! > 128) {
				const x = (i / 4) % width;
				left = Math.min(left, x);
				right = Math.max(right, x);
			}
		const measured = measureText(word, size).width;
		// ink is a little narrower than the advances (side bearings)
		expect(right - left).toBeGreaterThan(measured * 0.95);
		expect(right - left).toBeLessThan(measured * 1.01);
	});

	it('draws superscripts and subscripts (Ca²⁺, Cl⁻, O₂) as glyphs, not missing-glyph boxes', () => {
		const draw = (ch: string) =>
			rasterisePng(
				`<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48">` +
					`<text x="8" y="38" font-size="40" font-weight="${LABEL_FONT.weight}" ` +
					`font-family="${LABEL_FONT.stack.replaceAll('"', '&quot;')}">${ch}</text></svg>`,
				1
			).toString('base64');
		// a private-use character no font draws: the box every missing glyph becomes
		const box = draw('\ue000');
		const drawn = ['⁺', '⁻', '₂', '²'].map(draw);
		for (const png of drawn) expect(png).not.toBe(box);
		expect(new Set(drawn).size).toBe(drawn.length);
	});
});
