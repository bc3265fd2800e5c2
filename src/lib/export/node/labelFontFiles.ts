/**
 * The label font as TrueType files for resvg: the WOFF twins (labelFontWoff.ts) of the served
 * WOFF2 files, and the Noto Sans SC slices that draw a figure's Chinese characters, each
 * unwrapped once into a cache.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_METRICS } from '../../layout/fontMetrics.ts';
import { hanSlices, hanSliceWoff } from '../../server/hanFont.ts';
import { labelFontWoff } from '../../server/labelFontWoff.ts';
import { writeFileSafely } from '../../server/writeFile.js';
import { sfntFromWoff } from './sfntFromWoff.ts';

const fontsource = () =>
	dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json'));

/** A TrueType file in the cache, unwrapped from its WOFF on first use. */
function cachedTtf(name: string, woff: () => Uint8Array): string {
	const cache = join(fontsource(), '..', '..', '.cache', 'mechanism-atlas-fonts');
	mkdirSync(cache, { recursive: true });
	const ttf = join(cache, name);
	if (!existsSync(ttf)) {
		// written aside and renamed, so a parallel run never reads half a file
		writeFileSafely(ttf, sfntFromWoff(woff()));
	}
	return ttf;
}

export function labelFontFiles(): string[] {
	return FONT_METRICS.files.map(({ file }) =>
		cachedTtf(file.replace(/\.woff2$/, '.ttf'), () => labelFontWoff(file))
	);
}

/** The Chinese font files that draw the CJK characters of `text` (none for a text without). */
export function hanFontFiles(text: string): string[] {
	return hanSlices(text).map((s) =>
		cachedTtf(`noto-sans-sc-${s.name}.ttf`, () => hanSliceWoff(s.name))
	);
}
