// One subset of the Chinese label font, prerendered for each slice the atlas's text needs.
import { error } from '@sveltejs/kit';
import { hanSubsetWoff2, siteHanSlices } from '$lib/server/hanFontFaces';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => siteHanSlices().map((s) => ({ slice: s.name }));

export const GET: RequestHandler = async ({ params }) => {
	const slice = siteHanSlices().find((s) => s.name === params.slice);
	if (!slice) error(404, 'No such font file');
	return new Response(new Uint8Array(await hanSubsetWoff2(slice)), {
		headers: { 'content-type': 'font/woff2' }
	});
};
