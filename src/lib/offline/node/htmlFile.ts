/**
 * The one-file export's inline assets, made in Node: the label font subset to the characters the
 * file draws (Latin, Greek and, where there is Chinese, the Noto Sans SC slices that hold it), as
 * data: URLs; the page's stylesheet and script; which atlas, version and date.
 */
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { FONT_METRICS } from '../../layout/fontMetrics.ts';
import { LABEL_FONT } from '../../layout/font.ts';
import { hanSlices, hanSliceWoff, HAN_WEIGHT, unicodeRange } from '../../server/hanFont.ts';
import { labelFontWoff } from '../../server/labelFontWoff.ts';
import { projectFile } from '../../server/projectFile.ts';
import { translate } from '../../i18n/strings.ts';
import type { Language } from '../../i18n/languages.ts';
import type { LaidOutPathway } from '../../layout/types.ts';
import type { PathwayPageData } from '../../view/pathwayPage.ts';
import { pathwayHtml, type HtmlAssets } from '../pathwayHtml.ts';

const fontFace = (woff2: Buffer, range: string, weight: number) =>
	`@font-face { font-family: '${LABEL_FONT.family}'; font-weight: ${weight}; font-style: normal; ` +
	`src: url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2'); unicode-range: ${range}; }`;

/** The characters a text uses that fall in a CSS unicode-range such as "U+0000-00FF,U+0131". */
function charsIn(text: string, range: string): string {
	const spans = range.split(',').map((part) => {
		const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(from, 16), parseInt(to, 16)] as const;
	});
	const chars = new Set<string>();
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		if (spans.some(([a, b]) => cp >= a && cp <= b)) chars.add(ch);
	}
	return [...chars].join('');
}

/** @font-face rules for exactly the characters of `text`, each font subset to them. */
export async function subsetFontCss(text: string): Promise<string> {
	const rules: string[] = [];
	for (const { file, unicodeRange: range } of FONT_METRICS.files) {
		const chars = charsIn(text, range);
		if (!chars) continue;
		const subset = await subsetFont(labelFontWoff(file), chars, { targetFormat: 'woff2' });
		rules.push(fontFace(subset, unicodeRange(chars), FONT_METRICS.weight));
	}
	for (const slice of hanSlices(text)) {
		const subset = await subsetFont(hanSliceWoff(slice.name), slice.chars, {
			targetFormat: 'woff2'
		});
		rules.push(fontFace(subset, unicodeRange(slice.chars), HAN_WEIGHT));
	}
	return rules.join('\n');
}

function atlasVersion(): string {
	const file = projectFile('package.json');
	const pkg = JSON.parse(readFileSync(file, 'utf8'));
	return String(pkg.version);
}

/** The text a page draws: what is between its tags, and its attributes' words, roughly. */
const drawnText = (html: string) =>
	html.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ') + ' 0123456789';

/**
 * The pathway's file. `url`: the atlas's address, linked from the file's header (ATLAS_URL).
 * `date`: when it was made, YYYY-MM-DD (today unless given, for reproducible files).
 */
export async function pathwayHtmlFile(
	laidOut: LaidOutPathway,
	data: PathwayPageData,
	lang: Language,
	meta: { url?: string; date?: string } = {}
): Promise<string> {
	const assets: HtmlAssets = {
		fontCss: '',
		css: readFileSync(projectFile('src/lib/offline/offlinePage.css'), 'utf8'),
		script: readFileSync(projectFile('src/lib/offline/offlineClient.js'), 'utf8'),
		atlas: {
			name: translate(lang, 'atlas'),
			version: atlasVersion(),
			date: meta.date ?? new Date().toISOString().slice(0, 10),
			...(meta.url ? { url: meta.url } : {})
		}
	};
	const draft = pathwayHtml(laidOut, data, lang, assets);
	const fontCss = await subsetFontCss(drawnText(draft.slice(draft.indexOf('<body>'))));
	return pathwayHtml(laidOut, data, lang, { ...assets, fontCss });
}
