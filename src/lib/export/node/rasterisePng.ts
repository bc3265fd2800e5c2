/** SVG to PNG in Node with resvg (a Rust renderer shipped as prebuilt npm binaries), in the label font. */
import { Resvg } from '@resvg/resvg-js';
import type { Scale } from '../exportOptions.ts';
import { hanFontFiles, labelFontFiles } from './labelFontFiles.ts';

/**
 * resvg 2.6 panics (geom.rs, an unwrap on None) on some clipped figures whose arrowhead markers
 * clip their own content; the markers' paths lie inside their viewBox, so letting them overflow
 * draws the same arrowheads without the crash.
 */
export const markersUnclipped = (svg: string): string =>
	svg.replaceAll('<marker ', '<marker overflow="visible" ');

export function rasterisePng(svg: string, scale: Scale): Buffer {
	const resvg = new Resvg(markersUnclipped(svg), {
		fitTo: { mode: 'zoom', value: scale },
		font: {
			loadSystemFonts: false,
			fontFiles: [...labelFontFiles(), ...hanFontFiles(svg)],
			defaultFontFamily: 'Noto Sans'
		},
		logLevel: 'off'
	});
	return resvg.render().asPng();
}
