/**
 * PowerPoint shows a deck's SVG images and keeps a PNG of each for programs that cannot. In a
 * browser pptxgenjs draws those PNGs itself; in Node it cannot, so the CLI draws them here
 * (with the renderer's rasteriser) and puts them in place: pptxgenjs stores each SVG as
 * media/image-<slide>-<n+1>.svg beside its PNG, media/image-<slide>-<n>.png.
 */
import { unzipSync, zipSync, strFromU8 } from 'fflate';

const MEDIA = /^ppt\/media\/image-(\d+)-(\d+)\.png$/;

export function withPngFallbacks(
	pptx: Uint8Array,
	rasterise: (svg: string) => Uint8Array
): Uint8Array {
	// Directory entries are implied by the paths; pptxgenjs writes empty ones.
	const files: Record<string, Uint8Array> = unzipSync(pptx, {
		filter: (f) => !f.name.endsWith('/')
	});
	for (const name of Object.keys(files)) {
		const m = MEDIA.exec(name);
		if (!m) continue;
		const svg = files[`ppt/media/image-${m[1]}-${Number(m[2]) + 1}.svg`];
		if (svg) files[name] = rasterise(strFromU8(svg));
	}
	return zipSync(files, { level: 6 });
}
