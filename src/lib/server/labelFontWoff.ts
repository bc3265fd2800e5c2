/**
 * The WOFF 1.0 twin of a served label-font file, for Node's font tools (resvg's loader and
 * subset-font read WOFF, not WOFF2): fontsource ships one beside each of its files; the file cut
 * from the whole font (scripts/font-metrics.ts) has its twin beside it in static/fonts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const fontsourceFiles = () =>
	join(
		dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')),
		'files'
	);

/** static/fonts beside this module, or from the project's root where this module runs bundled. */
function staticFonts(): string {
	const near = join(dirname(new URL(import.meta.url).pathname), '../../../static/fonts');
	return existsSync(near) ? near : join(process.cwd(), 'static/fonts');
}

export function labelFontWoff(servedFile: string): Buffer {
	const twin = servedFile.replace(/\.woff2$/, '.woff');
	const fromFontsource = join(fontsourceFiles(), twin);
	return readFileSync(existsSync(fromFontsource) ? fromFontsource : join(staticFonts(), twin));
}
