/**
 * The one label font, served by the site itself (static/fonts/). Cytoscape, the SVG exporter and
 * the page CSS all name it by LABEL_FONT.family, so every label is drawn with the metrics that
 * measureText assumes. A family name of our own keeps an installed "Noto Sans" from standing in.
 */
import { FONT_METRICS } from './fontMetrics.ts';

export interface FontFile {
	url: string;
	unicodeRange: string;
}

export const LABEL_FONT = {
	family: 'Atlas Sans',
	weight: FONT_METRICS.weight,
	style: 'normal',
	/** The latin file; `files` also holds the greek one. */
	url: `/fonts/${FONT_METRICS.files[0].file}`,
	files: FONT_METRICS.files.map((f): FontFile => ({
		url: `/fonts/${f.file}`,
		unicodeRange: f.unicodeRange
	})),
	/** CSS font-family value: our font first, then the generic family for anything it lacks. */
	stack: '"Atlas Sans", "Noto Sans", "Noto Sans CJK SC", sans-serif'
} as const;

export { TYPE } from './type.ts';

/** @font-face rules for the label font; `base` prefixes the URLs (e.g. SvelteKit's paths.base). */
export function fontFaceCss(base = ''): string {
	return LABEL_FONT.files
		.map(
			(f) =>
				`@font-face { font-family: '${LABEL_FONT.family}'; font-style: ${LABEL_FONT.style}; ` +
				`font-weight: ${LABEL_FONT.weight}; font-display: block; ` +
				`src: url('${base}${f.url}') format('woff2'); unicode-range: ${f.unicodeRange}; }`
		)
		.join('\n');
}

/** CSS `font` shorthand, e.g. for `document.fonts.load(...)` before Cytoscape draws. */
export const cssFont = (size: number) => `${LABEL_FONT.weight} ${size}px ${LABEL_FONT.stack}`;
