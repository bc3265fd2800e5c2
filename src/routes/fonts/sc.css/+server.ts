// The Chinese glyphs' @font-face rules, prerendered; pages link it only while Chinese is shown.
import { base } from '$app/paths';
import { hanFontFaceCss, siteHanSlices } from '$lib/server/hanFontFaces';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(hanFontFaceCss(base, siteHanSlices()), {
		headers: { 'content-type': 'text/css; charset=utf-8' }
	});
