// The pathway page's inline figure as a file, prerendered: a page reached by client-side
// navigation fetches it, since only the prerendered page carries the figure in its HTML.
import { languageOfSegment } from '$lib/i18n/address';
import { atlasForPage } from '$lib/server/atlasForPage';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import { pageFigure } from '$lib/server/pageFigure';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = pathwayPageEntries;

export const GET: RequestHandler = ({ params }) => {
	const data = laidOutPathway(params.id, atlasForPage());
	return new Response(pageFigure(data.laidOut, data, languageOfSegment(params.lang)), {
		headers: { 'content-type': 'image/svg+xml' }
	});
};
