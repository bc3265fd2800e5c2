/**
 * A pptxgenjs package made whole, and its Chinese told apart. pptxgenjs tags every run en-US and
 * gives it the Latin face for East Asian text too, so Impress and PowerPoint set Chinese in a
 * fallback (Japanese glyph forms): every run gets a Simplified Chinese East Asian face, and a run
 * with Chinese in it the zh-CN tag. Also: pptxgenjs 4.0.1 declares a slide master in [Content_Types].xml
 * for every slide (gitbrent/PptxGenJS#1444) though it writes only one, and PowerPoint then offers
 * to repair the file. Every content-type override that names a part the package lacks is dropped.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const CONTENT_TYPES = '[Content_Types].xml';
const OVERRIDE = /<Override\b[^>]*\bPartName="\/([^"]+)"[^>]*\/>\s*/g;

/** The overrides of parts that exist; everything else in the file as it was. */
export function existingOverrides(contentTypes: string, parts: Set<string>): string {
	return contentTypes.replace(OVERRIDE, (override, part: string) =>
		parts.has(part) ? override : ''
	);
}

/** The East Asian face of every run: a Simplified Chinese one with Latin glyphs to match. */
export const EAST_ASIAN_FACE = 'Noto Sans SC';
const RUN = /<a:r>(<a:rPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:rPr>))(<a:t>[\s\S]*?<\/a:t>)<\/a:r>/g;
const HAN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** A slide's (or notes page's) XML with its runs' East Asian face and language set. */
export function eastAsianRuns(xml: string): string {
	return xml
		.replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${EAST_ASIAN_FACE}"`)
		.replace(RUN, (run, props: string, text: string) =>
			HAN.test(text) ? run.replace(props, props.replace(/\blang="[^"]*"/, 'lang="zh-CN"')) : run
		);
}

const SLIDE_PART = /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/;

export function withoutPhantomParts(pptx: Uint8Array): Uint8Array<ArrayBuffer> {
	// Directory entries are implied by the paths; pptxgenjs writes empty ones.
	const files: Record<string, Uint8Array> = unzipSync(pptx, {
		filter: (f) => !f.name.endsWith('/')
	});
	const types = files[CONTENT_TYPES];
	if (types)
		files[CONTENT_TYPES] = strToU8(
			existingOverrides(strFromU8(types), new Set(Object.keys(files)))
		);
	for (const name of Object.keys(files))
		if (SLIDE_PART.test(name)) files[name] = strToU8(eastAsianRuns(strFromU8(files[name]!)));
	// fflate allocates a plain ArrayBuffer; its types only say ArrayBufferLike
	return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
