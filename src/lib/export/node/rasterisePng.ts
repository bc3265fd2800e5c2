/** SVG to PNG in Node with resvg (a Rust renderer shipped as prebuilt npm binaries), in the label font. */
import { Resvg } from '@resvg/resvg-js';
import type { Scale } from '../exportOptions.ts';
import { FigureTooLarge, pngSizeProblem } from '../pngBounds.ts';
import { hanFontFiles, labelFontFiles } from './labelFontFiles.ts';

/**
 * resvg 2.6 panics (geom.rs, an unwrap on None) on some clipped figures whose arrowhead markers
 * clip their own content; the markers' paths lie inside their viewBox, so letting them overflow
 * draws the same arrowheads without the crash.
 */
export const markersUnclipped = (svg: string): string =>
	svg.replaceAll('<marker ', '<marker overflow="visible" ');

/**
 * resvg 2.6 loses its font fallback after two em dashes in a row (the Chinese dash "——"): the
 * Chinese characters after them come out as empty boxes. One em dash does not, so a PNG draws
 * the Chinese dash as one; the SVG keeps it as written.
 */
export const chineseDashesSingle = (svg: string): string =>
	svg.replaceAll('\u2014\u2014', '\u2014');

/** Draws the figure; a figure too large for a PNG (pngBounds.ts) is refused before drawing. */
export function rasterisePng(svg: string, scale: Scale): Buffer {
	const resvg = new Resvg(chineseDashesSingle(markersUnclipped(svg)), {
		fitTo: { mode: 'zoom', value: scale },
		font: {
			loadSystemFonts: false,
			fontFiles: [...labelFontFiles(), ...hanFontFiles(svg)],
			defaultFontFamily: 'Noto Sans'
		},
		logLevel: 'off'
	});
	const problem = pngSizeProblem(resvg.width, resvg.height, scale);
	if (problem) throw new FigureTooLarge(problem);
	return resvg.render().asPng();
}
