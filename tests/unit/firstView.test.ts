import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { TYPE } from '../../src/lib/layout/font.ts';
import {
	FIT_PADDING,
	READABLE_LABEL_PX,
	readableZoom,
	figureBoxStyle,
	firstViewport,
	fitViewport,
	showsWhole
} from '../../src/lib/view/firstView.ts';

const BOX = { width: 1000, height: 600 };
const LIMITS = { min: 0.1, max: 4 };
/** Where the frame's corners land on screen under a viewport. */
const drawn = (
	v: ReturnType<typeof firstViewport>,
	f: { x: number; y: number; width: number; height: number }
) => ({
	left: v.pan.x + v.zoom * f.x,
	top: v.pan.y + v.zoom * f.y,
	right: v.pan.x + v.zoom * (f.x + f.width),
	bottom: v.pan.y + v.zoom * (f.y + f.height)
});

describe('the first view', () => {
	it('draws node labels at the readable size: 10.5 px in English, 12 px in Chinese', () => {
		for (const lang of LANGUAGES)
			expect(readableZoom(lang) * TYPE.nodeSize).toBeCloseTo(READABLE_LABEL_PX[lang]);
		expect(READABLE_LABEL_PX.en).toBeGreaterThanOrEqual(10.5);
		expect(READABLE_LABEL_PX.zh).toBeGreaterThanOrEqual(12);
	});

	it('starts a Chinese figure at the larger zoom its characters need', () => {
		const tall = { x: 0, y: 0, width: 500, height: 1400 };
		expect(firstViewport(BOX, tall, LIMITS, 'zh').zoom).toBe(readableZoom('zh'));
		const tenths = (n: number) => Math.ceil(n * readableZoom('zh') * 10) / 10;
		expect(figureBoxStyle(tall, 'zh')).toBe(
			`--readable-width: ${tenths(500)}px; --readable-height: ${tenths(1400)}px`
		);
	});

	it('shows a figure that fits readably whole and centred, as fitting does', () => {
		const small = { x: 0, y: 0, width: 400, height: 200 };
		const first = firstViewport(BOX, small, LIMITS, 'en');
		expect(first).toEqual(fitViewport(BOX, small, LIMITS));
		const d = drawn(first, small);
		expect(d.left - FIT_PADDING).toBeCloseTo(BOX.width - FIT_PADDING - d.right);
		expect(d.top).toBeGreaterThanOrEqual(FIT_PADDING - 1e-9);
		expect(d.bottom).toBeLessThanOrEqual(BOX.height - FIT_PADDING + 1e-9);
	});

	it('never goes below the readable zoom: a tall figure starts at its top, centred across', () => {
		const tall = { x: 0, y: 0, width: 500, height: 1400 };
		expect(fitViewport(BOX, tall, LIMITS).zoom).toBeLessThan(readableZoom('en'));
		const first = firstViewport(BOX, tall, LIMITS, 'en');
		expect(first.zoom).toBe(readableZoom('en'));
		const d = drawn(first, tall);
		expect(d.top).toBeCloseTo(FIT_PADDING);
		expect(d.bottom).toBeGreaterThan(BOX.height);
		expect(d.left - FIT_PADDING).toBeCloseTo(BOX.width - FIT_PADDING - d.right);
	});

	it('starts a wide figure at its left edge, wherever its frame begins', () => {
		const wide = { x: 30, y: 10, width: 2100, height: 500 };
		const d = drawn(firstViewport(BOX, wide, LIMITS, 'en'), wide);
		expect(d.left).toBeCloseTo(FIT_PADDING);
		expect(d.right).toBeGreaterThan(BOX.width);
	});

	it("centres the pathway's start in a figure too wide, never passing the frame's edges", () => {
		const wide = { x: 30, y: 10, width: 2100, height: 500 };
		const at = (x: number) => firstViewport(BOX, wide, LIMITS, 'en', { x, y: 200 });
		const centre = at(1200);
		expect(centre.pan.x + centre.zoom * 1200).toBeCloseTo(BOX.width / 2);
		expect(drawn(at(60), wide).left).toBeCloseTo(FIT_PADDING);
		expect(drawn(at(2100), wide).right).toBeCloseTo(BOX.width - FIT_PADDING);
		// an axis the figure fits is centred as before
		expect(centre.pan.y).toBeCloseTo(firstViewport(BOX, wide, LIMITS, 'en').pan.y);
	});

	it('a figure that fits is shown whole wherever it starts', () => {
		const small = { x: 0, y: 0, width: 400, height: 200 };
		expect(firstViewport(BOX, small, LIMITS, 'en', { x: 390, y: 5 })).toEqual(
			fitViewport(BOX, small, LIMITS)
		);
	});

	it('keeps within the zoom limits', () => {
		const tiny = { x: 0, y: 0, width: 10, height: 10 };
		expect(firstViewport(BOX, tiny, LIMITS, 'en').zoom).toBe(LIMITS.max);
		const huge = { x: 0, y: 0, width: 100_000, height: 100 };
		expect(fitViewport(BOX, huge, LIMITS).zoom).toBe(LIMITS.min);
	});

	it("gives the page the figure's size at the readable zoom, for the box and the inline figure", () => {
		expect(figureBoxStyle({ x: 0, y: 0, width: 1400, height: 280 }, 'en')).toBe(
			`--readable-width: ${1400 * readableZoom('en')}px; --readable-height: ${280 * readableZoom('en')}px`
		);
	});

	it("places the pathway's start at the readable zoom, from the frame's corner", () => {
		const style = figureBoxStyle({ x: 100, y: 0, width: 1400, height: 280 }, 'en', {
			x: 600,
			y: 40
		});
		expect(style).toContain(`--start-x: ${Math.round(500 * readableZoom('en') * 10) / 10}px`);
		expect(style).toContain(`--start-y: ${Math.round(40 * readableZoom('en') * 10) / 10}px`);
	});

	it('knows when a view leaves part of the frame out', () => {
		const frame = { x: 0, y: 0, width: 100, height: 50 };
		expect(showsWhole({ x: -10, y: -10, width: 120, height: 70 }, frame)).toBe(true);
		expect(showsWhole({ x: 0.2, y: 0, width: 99.9, height: 50 }, frame)).toBe(true);
		expect(showsWhole({ x: 0, y: 0, width: 100, height: 40 }, frame)).toBe(false);
		expect(showsWhole({ x: 5, y: -10, width: 120, height: 70 }, frame)).toBe(false);
	});
});
