/**
 * A pptxgenjs package made whole: pptxgenjs 4.0.1 declares a slide master in [Content_Types].xml
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
	// fflate allocates a plain ArrayBuffer; its types only say ArrayBufferLike
	return zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
}
