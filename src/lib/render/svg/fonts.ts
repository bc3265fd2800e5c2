/** @font-face rules with inline font data, for rasterising in a browser; anything else is refused. */
import { LABEL_FONT } from '../../layout/font.ts';
import type { EmbeddedFont } from '../options.ts';
import { el } from './markup.ts';

const DATA_URL = /^data:font\/woff2;base64,[A-Za-z0-9+/]*={0,2}$/;
const UNICODE_RANGE =
	/^[uU]\+[0-9A-Fa-f?]+(-[0-9A-Fa-f]+)?(\s*,\s*[uU]\+[0-9A-Fa-f?]+(-[0-9A-Fa-f]+)?)*$/;

export function fontStyle(fonts: EmbeddedFont[] | undefined): string {
	if (!fonts?.length) return '';
	const rules = fonts.map((f) => {
		if (!DATA_URL.test(f.dataUrl)) throw new Error('embedFonts: only data:font/woff2;base64 URLs');
		if (!UNICODE_RANGE.test(f.unicodeRange)) throw new Error('embedFonts: bad unicode-range');
		return (
			`@font-face{font-family:"${LABEL_FONT.family}";font-style:normal;` +
			`font-weight:${LABEL_FONT.weight};src:url(${f.dataUrl}) format("woff2");` +
			`unicode-range:${f.unicodeRange}}`
		);
	});
	return el('style', {}, rules.join(''));
}
