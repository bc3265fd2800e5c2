/**
 * A pathway's embed (`/pathways/<id>/embed`) as another site takes it: the `<iframe>` code, the
 * oEmbed 1.0 answer beside the page (`oembed.json`) and the message by which the framed page
 * tells the page around it how tall it is.
 */
import { LANGUAGE_TRAITS, type Language } from '../i18n/languages.ts';

/** The frame's size the code and the oEmbed answer propose; the page fits any size. */
export const EMBED_SIZE = { width: 600, height: 400 } as const;

/** What the embed posts to its parent window, on load and whenever its height changes. */
export const HEIGHT_MESSAGE = 'mechanism-atlas:height';

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	/** The pathway shown, so a page with several frames can tell them apart. */
	pathway: string;
	/** CSS px: the page's whole height. */
	height: number;
}

export const heightMessage = (pathway: string, height: number): HeightMessage => ({
	type: HEIGHT_MESSAGE,
	pathway,
	height: Math.ceil(height)
});

/** Text for an HTML attribute's double-quoted value. */
const attribute = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The `<iframe>` code that embeds `src`, titled for screen readers by the pathway's title. */
export function iframeCode(
	src: string,
	title: string,
	size: { width: number; height: number } = EMBED_SIZE
): string {
	return (
		`<iframe src="${attribute(src)}" title="${attribute(title)}" ` +
		`width="${size.width}" height="${size.height}" style="border: 0; max-width: 100%" ` +
		`loading="lazy"></iframe>`
	);
}

/** A pathway's page within the site (no base path): `/pathways/<id>/<page>`, `/zh/…` in Chinese. */
export const pathwaySitePath = (
	id: string,
	lang: Language,
	page: 'embed' | 'oembed.json'
): string =>
	`${LANGUAGE_TRAITS[lang].segment ? `/${LANGUAGE_TRAITS[lang].segment}` : ''}/pathways/${encodeURIComponent(id)}/${page}`;

/**
 * A URL for `path` (within the site, no base path): absolute under the atlas's configured address
 * (which names the atlas's home, its base path included), else root-relative under `base` (good
 * on the atlas's own site only).
 */
export const publicUrl = (
	path: string,
	o: { base: string; address?: string | undefined }
): string => `${o.address ? o.address.replace(/\/+$/, '') : o.base}${path}`;

/** The oEmbed 1.0 answer of type rich: https://oembed.com/#section2.3 */
export interface OEmbed {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url?: string;
	html: string;
	width: number;
	height: number;
}

export function oEmbed(o: {
	/** The embed page's URL (publicUrl). */
	src: string;
	title: string;
	provider: string;
	/** The atlas's address, when one is configured. */
	address?: string;
}): OEmbed {
	return {
		version: '1.0',
		type: 'rich',
		title: o.title,
		provider_name: o.provider,
		...(o.address ? { provider_url: o.address } : {}),
		html: iframeCode(o.src, o.title),
		width: EMBED_SIZE.width,
		height: EMBED_SIZE.height
	};
}
