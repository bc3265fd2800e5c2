/**
 * The Chinese glyphs the site serves: for each Noto Sans SC slice that the atlas needs, a subset
 * of just the characters the curated files and the interface tables use, made at build time
 * (by subset-font, HarfBuzz's subsetter compiled to WebAssembly), under the label font's family.
 */
import subsetFont from 'subset-font';
import { LABEL_FONT } from '../layout/font.ts';
import { readCuratedDir } from './readCuratedDir.ts';
import { atlasDir } from './loadAtlas.ts';
import { HAN_WEIGHT, hanSlices, hanSliceWoff, unicodeRange, type HanSlice } from './hanFont.ts';

const interfaceText = Object.values(
	import.meta.glob('../i18n/**/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<
		string,
		string
	>
).join('\n');

/** The curated files' text. */
export function curatedText(dir = atlasDir()): string {
	const files = readCuratedDir(dir);
	const all = [files.entities, files.references, ...files.sources, ...files.pathways];
	return all.map((f) => f?.text ?? '').join('\n');
}

/** Every text the site may draw: the curated files and the interface tables. */
export const siteText = (dir = atlasDir()): string => `${interfaceText}\n${curatedText(dir)}`;

export const siteHanSlices = (dir?: string): HanSlice[] => hanSlices(siteText(dir));

export const hanFontUrl = (base: string, slice: string) => `${base}/fonts/sc-${slice}.woff2`;

/** @font-face rules that add the subsets to the label font's family. */
export function hanFontFaceCss(base: string, slices: HanSlice[]): string {
	return slices
		.map(
			(s) =>
				`@font-face { font-family: '${LABEL_FONT.family}'; font-style: normal; ` +
				`font-weight: ${HAN_WEIGHT}; font-display: block; ` +
				`src: url('${hanFontUrl(base, s.name)}') format('woff2'); unicode-range: ${unicodeRange(s.chars)}; }`
		)
		.join('\n');
}

export async function hanSubsetWoff2(slice: HanSlice): Promise<Buffer> {
	return subsetFont(hanSliceWoff(slice.name), slice.chars, { targetFormat: 'woff2' });
}
