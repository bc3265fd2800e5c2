/**
 * SVG to PNG in the browser: the SVG as an <img>, drawn on a <canvas> at 1x, 2x or 4x. An SVG
 * image cannot use the page's fonts, so the label font is fetched and embedded as data URLs.
 */
import { LANGUAGE_TRAITS, type Language } from '../../i18n/languages.ts';
import { LABEL_FONT } from '../../layout/font.ts';
import type { EmbeddedFont } from '../../render/options.ts';
import type { Scale } from '../exportOptions.ts';
import { FigureTooLarge, pngSizeProblem } from '../pngBounds.ts';

function base64(bytes: Uint8Array): string {
	let binary = '';
	const CHUNK = 0x8000;
	for (let i = 0; i < bytes.length; i += CHUNK)
		binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	return btoa(binary);
}

async function fontFile(url: string, unicodeRange: string): Promise<EmbeddedFont> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`could not load the label font ${url}`);
	const bytes = new Uint8Array(await response.arrayBuffer());
	return { dataUrl: `data:font/woff2;base64,${base64(bytes)}`, unicodeRange };
}

/** The bundled label font files as data URLs; `base` is the site's base path. */
export async function labelFontData(base = ''): Promise<EmbeddedFont[]> {
	return Promise.all(LABEL_FONT.files.map((f) => fontFile(`${base}${f.url}`, f.unicodeRange)));
}

/** The Chinese glyph subsets the site serves, as its /fonts/sc.css lists them. */
async function hanFontData(base: string): Promise<EmbeddedFont[]> {
	const response = await fetch(`${base}/fonts/sc.css`);
	if (!response.ok) throw new Error('could not load the Chinese label font');
	const css = await response.text();
	const faces = css.matchAll(/url\('([^']+)'\) format\('woff2'\); unicode-range: ([^;]+);/g);
	return Promise.all([...faces].map(([, url, range]) => fontFile(url!, range!)));
}

/** The fonts a figure drawn in `lang` needs: the label font, and in Chinese the Chinese glyphs. */
export async function figureFontData(base: string, lang: Language = 'en'): Promise<EmbeddedFont[]> {
	const [label, han] = await Promise.all([
		labelFontData(base),
		LANGUAGE_TRAITS[lang].script === 'han' ? hanFontData(base) : []
	]);
	return [...label, ...han];
}

function loadImage(url: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const img = new Image();
		img.onload = () => resolve(img);
		img.onerror = () => reject(new Error('the figure could not be drawn as an image'));
		img.src = url;
	});
}

export async function rasteriseSvg(svg: string, scale: Scale): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = await loadImage(url);
		// the embedded fonts load with the image, but may not be ready for the first paint
		await img.decode();
		const problem = pngSizeProblem(img.naturalWidth, img.naturalHeight, scale, 'the SVG format');
		if (problem) throw new FigureTooLarge(problem);
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(img.naturalWidth * scale);
		canvas.height = Math.round(img.naturalHeight * scale);
		canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(b) => (b ? resolve(b) : reject(new Error('no PNG from the canvas'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
