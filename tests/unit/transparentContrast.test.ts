/**
 * A transparent PNG pasted on a white slide or a dark one (#1e1e2e): every stretch of every arrow,
 * its head and its verb keep 3:1 contrast (WCAG non-text contrast) with the slide, thanks to their
 * halos. Measured on the rasterised pixels of each curated pathway, arrows drawn alone.
 */
import { XMLSerializer } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { rasterisePng } from '../../src/lib/export/node/rasterisePng.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { PALETTES } from '../../src/lib/style/themes.ts';
import { parseSvg, realAtlas, subjects } from './helpers/figures.ts';
import { childElements } from './helpers/svgFigure.ts';
import { pathPoints } from './helpers/figureGeometry.ts';

const SLIDES = { white: [255, 255, 255], dark: [0x1e, 0x1e, 0x2e] } as const;
const SCALE = 2;
/** Model units around each sample: half the dotted line's period, so a window holds a dot. */
const WINDOW = 4;
/** Around a line's end: the arrowhead's half-size (a filled head is all ink) and its halo. */
const HEAD_WINDOW = 14;
const STEP = 6;

const channel = (c: number) => {
	const s = c / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: readonly number[]) =>
	0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** The diagram's arrows and verbs alone: nodes and compartments taken out. */
function arrowsAlone(svg: string): { svg: string; doc: Document } {
	const doc = parseSvg(svg);
	for (const g of [...doc.getElementsByTagName('g')])
		if (['figure-nodes', 'figure-compartments'].includes(g.getAttribute('class') ?? ''))
			g.parentNode!.removeChild(g);
	return { svg: new XMLSerializer().serializeToString(doc as never), doc };
}

interface Raster {
	data: Buffer;
	width: number;
	height: number;
	left: number;
	top: number;
}

/** The most contrasting pixel within `window` of (x, y), once the figure lies on the slide. */
function bestContrast(
	png: Raster,
	slide: readonly number[],
	{ x, y, window = WINDOW }: { x: number; y: number; window?: number }
): number {
	const ground = luminance(slide);
	let best = 1;
	const px = (v: number, o: number) => Math.round((v - o) * SCALE);
	for (let row = px(y - window, png.top); row <= px(y + window, png.top); row++)
		for (let col = px(x - window, png.left); col <= px(x + window, png.left); col++) {
			if (row < 0 || col < 0 || row >= png.height || col >= png.width) continue;
			const i = (row * png.width + col) * 4;
			const a = png.data[i + 3]! / 255;
			if (a === 0) continue;
			const rgb = [0, 1, 2].map((k) => png.data[i + k]! * a + slide[k]! * (1 - a));
			best = Math.max(best, ratio(luminance(rgb), ground));
		}
	return best;
}

/**
 * Points about every STEP units along the path as drawn (round corners followed, not cut), its
 * ends included; those within an arrowhead's reach of the end look as far as the head's window,
 * since a filled head is all ink and only its halo meets the slide.
 */
function along(d: string): { x: number; y: number; window?: number }[] {
	const drawn = pathPoints(d);
	const end = drawn[drawn.length - 1]!;
	const nearHead = (p: { x: number; y: number }) =>
		Math.hypot(p.x - end.x, p.y - end.y) <= HEAD_WINDOW;
	return drawn
		.filter((p, k) => k === 0 || k === drawn.length - 1 || k % (STEP / 2) === 0)
		.map((p) => (nearHead(p) ? { ...p, window: HEAD_WINDOW } : p));
}

const curated = subjects(realAtlas());

describe('a transparent figure on any slide', () => {
	for (const theme of ['light', 'dark'] as const)
		it(`keeps every arrow, arrowhead and verb at 3:1 on white and on #1e1e2e (${theme} theme)`, () => {
			for (const { pathway, laidOut, records } of curated) {
				const options = {
					scope: 'pathway' as const,
					theme,
					legend: false,
					citations: false,
					title: false,
					background: false,
					verbs: true
				};
				const full = renderSvg(laidOut, options, figureContext(pathway, records));
				const { svg, doc } = arrowsAlone(full);
				const [left, top] = /viewBox="([-\d.]+) ([-\d.]+)/.exec(svg)!.slice(1).map(Number);
				const png = { ...PNG.sync.read(rasterisePng(svg, SCALE)), left: left!, top: top! };
				const edges = [...doc.getElementsByTagName('g')].find(
					(g) => g.getAttribute('class') === 'figure-edges'
				)!;
				const verbs = [...doc.getElementsByTagName('text')].filter(
					(t) => t.getAttribute('class') === 'edge-verb'
				);
				// every verb with a clear place (verbPlaces.ts): at least most of them
				expect(verbs.length, pathway.id).toBeGreaterThanOrEqual(laidOut.edges.length / 2);
				for (const [name, slide] of Object.entries(SLIDES)) {
					const where = `${pathway.id} ${theme} on ${name}`;
					for (const edge of childElements(edges))
						for (const p of along(edge.getAttribute('d')!))
							expect(
								bestContrast(png, slide, p),
								`${where} ${edge.getAttribute('id')}`
							).toBeGreaterThanOrEqual(3);
					for (const verb of verbs) {
						const x = Number(verb.getAttribute('x'));
						const y = Number(verb.getAttribute('y')) - 4;
						expect(bestContrast(png, slide, { x, y }), `${where} verb`).toBeGreaterThanOrEqual(3);
					}
				}
			}
		});

	it('haloes the arrows of a transparent figure only, in the paper of its theme', () => {
		const { pathway, laidOut, records } = curated[0]!;
		const context = figureContext(pathway, records);
		const base = { scope: 'pathway' as const, legend: false, citations: false, title: false };
		for (const theme of ['light', 'dark'] as const) {
			const clear = renderSvg(laidOut, { ...base, theme, background: false }, context);
			expect(clear).toContain(`class="figure-edge-halos"`);
			expect(clear).toMatch(
				new RegExp(`figure-edge-halos"[^>]*stroke="${PALETTES[theme].background}"`)
			);
			const opaque = renderSvg(laidOut, { ...base, theme }, context);
			expect(opaque).not.toContain('figure-edge-halos');
		}
	});
});
