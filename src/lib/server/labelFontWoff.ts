/**
 * The WOFF 1.0 twin of a served label-font file, for Node's font tools (resvg's loader and
 * subset-font read WOFF, not WOFF2): fontsource ships one beside each of its files; the file cut
 * from the whole font (scripts/font-metrics.ts) has its twin beside it in static/fonts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectFile } from './projectFile.ts';

const fontsourceFiles = () =>
	join(
		dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')),
		'files'
	);

/** Each twin read once: the build's one-file pages subset the same files again and again. */
const read = new Map<string, Buffer>();

export function labelFontWoff(servedFile: string): Buffer {
	const twin = servedFile.replace(/\.woff2$/, '.woff');
	let bytes = read.get(twin);
	if (!bytes) {
		const fromFontsource = join(fontsourceFiles(), twin);
		bytes = readFileSync(
			existsSync(fromFontsource) ? fromFontsource : projectFile(`static/fonts/${twin}`)
		);
		read.set(twin, bytes);
	}
	return bytes;
}
