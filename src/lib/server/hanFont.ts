/**
 * The Chinese label font: Noto Sans SC 500 (OFL) from @fontsource/noto-sans-sc, which ships the
 * font cut into about a hundred unicode-range slices. The atlas needs only the slices that hold
 * the characters it draws, and of each only those characters; the site serves such subsets
 * (see routes/fonts) and the PNG renderer loads the whole slices.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isCjk } from '../layout/measureText.ts';

export const HAN_WEIGHT = 500;

type Range = [number, number];
export interface HanSlice {
	/** The slice's number in the package, e.g. "102". */
	name: string;
	/** The characters of the text that this slice draws, in code point order. */
	chars: string;
}

const packageDir = () =>
	dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));

function parseRanges(css: string): Range[] {
	return css.split(',').map((part) => {
		const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(from, 16), parseInt(to, 16)];
	});
}

let table: { name: string; ranges: Range[] }[] | undefined;
function slices() {
	table ??= Object.entries(
		JSON.parse(readFileSync(join(packageDir(), 'unicode.json'), 'utf8')) as Record<string, string>
	).map(([key, css]) => ({ name: key.replace(/[[\]]/g, ''), ranges: parseRanges(css) }));
	return table;
}

/** The distinct CJK characters of a text (Han, CJK punctuation, full-width forms). */
export function hanCharacters(text: string): string[] {
	const set = new Set<string>();
	for (const ch of text) if (isCjk(ch.codePointAt(0)!)) set.add(ch);
	return [...set].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/** The slices that draw the CJK characters of `text`, each with its share of them. */
export function hanSlices(text: string): HanSlice[] {
	const byName = new Map<string, string>();
	for (const ch of hanCharacters(text)) {
		const cp = ch.codePointAt(0)!;
		const slice = slices().find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
		if (slice) byName.set(slice.name, (byName.get(slice.name) ?? '') + ch);
	}
	return [...byName].map(([name, chars]) => ({ name, chars }));
}

/** The WOFF file of one slice (subset-font and sfntFromWoff both read WOFF 1.0). */
export function hanSliceWoff(name: string): Buffer {
	if (!/^\d+$/.test(name)) throw new Error(`no such font slice: ${name}`);
	return readFileSync(
		join(packageDir(), 'files', `noto-sans-sc-${name}-${HAN_WEIGHT}-normal.woff`)
	);
}

/** CSS unicode-range of exactly these characters. */
export const unicodeRange = (chars: string) =>
	[...chars].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`).join(',');
