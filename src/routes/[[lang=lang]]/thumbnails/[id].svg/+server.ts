// A pathway's figure as a static SVG file, prerendered: the index cards show it as a thumbnail.
import { languageOfSegment } from '$lib/i18n/address';
import { atlasForPage } from '$lib/server/atlasForPage';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import { thumbnailFigure } from '$lib/server/pageFigure';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = pathwayPageEntries;

export const GET: RequestHandler = ({ params }) => {
	const data = laidOutPathway(params.id, atlasForPage());
	return new Response(thumbnailFigure(data.laidOut, data, languageOfSegment(params.lang)), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
