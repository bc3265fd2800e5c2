/**
 * The label font as TrueType files for resvg: the WOFF twins (from @fontsource/noto-sans, the
 * package static/fonts was taken from) of the bundled WOFF2 files, unwrapped once into a cache.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_METRICS } from '../../layout/fontMetrics.ts';
import { sfntFromWoff } from './sfntFromWoff.ts';

export function labelFontFiles(): string[] {
	const require = createRequire(import.meta.url);
	const fontsource = dirname(require.resolve('@fontsource/noto-sans/package.json'));
	const cache = join(fontsource, '..', '..', '.cache', 'mechanism-atlas-fonts');
	mkdirSync(cache, { recursive: true });
	return FONT_METRICS.files.map(({ file }) => {
		const ttf = join(cache, file.replace(/\.woff2$/, '.ttf'));
		if (!existsSync(ttf)) {
			const woff = readFileSync(join(fontsource, 'files', file.replace(/\.woff2$/, '.woff')));
			// written aside and renamed, so a parallel run never reads half a file
			writeFileSync(`${ttf}.${process.pid}`, sfntFromWoff(woff));
			renameSync(`${ttf}.${process.pid}`, ttf);
		}
		return ttf;
	});
}
