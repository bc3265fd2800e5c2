/**
 * How large a PNG an export makes. A figure's size is in its own units (an SVG pixel each); a PNG
 * of it has `scale` pixels a unit. Beyond these bounds a PNG takes minutes and gigabytes to draw
 * (a 2,000-node star pathway is 239,000 units wide), and no slide or page could show it: the
 * export is refused with one line saying to export SVG (which has no such bound) or a lower scale.
 */
import type { Scale } from './exportOptions.ts';
import { SCALES } from './exportOptions.ts';

/** The longest side of a PNG export, in pixels (as a browser's canvas allows at most). */
export const MAX_PNG_SIDE = 16_384;
/** The most pixels in a PNG export (64 megapixels: 256 MB to draw). */
export const MAX_PNG_PIXELS = 64_000_000;

const fits = (width: number, height: number, scale: number) => {
	const w = Math.ceil(width * scale);
	const h = Math.ceil(height * scale);
	return w <= MAX_PNG_SIDE && h <= MAX_PNG_SIDE && w * h <= MAX_PNG_PIXELS;
};

const n = (x: number) => Math.ceil(x).toLocaleString('en');

/**
 * Why a figure of `width` × `height` units cannot be a PNG at `scale`, in one line naming the
 * option to use, or undefined when it can. `svgOption` is how the user asks for SVG instead.
 */
export function pngSizeProblem(
	width: number,
	height: number,
	scale: Scale | number,
	svgOption = '--format svg'
): string | undefined {
	if (fits(width, height, scale)) return undefined;
	const lower = SCALES.filter((s) => s < scale && fits(width, height, s)).at(-1);
	const instead = lower ? `, or a lower scale (--scale ${lower})` : '';
	return (
		`the figure is ${n(width)} × ${n(height)} units: a PNG of it at scale ${scale} would be ` +
		`${n(width * scale)} × ${n(height * scale)} pixels, beyond the ${n(MAX_PNG_SIDE)} pixels a side ` +
		`and ${MAX_PNG_PIXELS / 1_000_000} megapixels a PNG export makes; export it as SVG (${svgOption})${instead}`
	);
}

/** A PNG that would be too large to draw: the message is one line for the user. */
export class FigureTooLarge extends Error {}
