/** SVG to PNG in Node with resvg (a Rust renderer shipped as prebuilt npm binaries), in the label font. */
import { Resvg } from '@resvg/resvg-js';
import type { Scale } from '../exportOptions.ts';
import { hanFontFiles, labelFontFiles } from './labelFontFiles.ts';

export function rasterisePng(svg: string, scale: Scale): Buffer {
	const resvg = new Resvg(svg, {
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
