// A pathway's opening steps as a static SVG file, prerendered: the index card's preview.
import { languageOfSegment } from '$lib/i18n/address';
import { atlasForPage } from '$lib/server/atlasForPage';
import { pathwayPageEntries } from '$lib/server/pathwayRoute';
import { pathwayPreview } from '$lib/server/preview';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = pathwayPageEntries;

export const GET: RequestHandler = ({ params }) => {
	const atlas = atlasForPage();
	const pathway = atlas.pathways.find((p) => p.id === params.id);
	if (!pathway) error(404, { message: `There is no pathway "${params.id}".` });
	const { svg } = pathwayPreview(pathway, atlas, languageOfSegment(params.lang));
	return new Response(svg, {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
