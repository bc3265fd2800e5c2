// The presenter view's pictures, one file per pathway and language: the view fetches them as it
// starts, so its HTML and its navigation data do not carry a copy each.
import { languageOfSegment } from '$lib/i18n/address';
import { presenterPictures } from '$lib/lecture/presenterPictures';
import { pathwayPageEntries } from '$lib/server/pathwayRoute';
import { sharedPathway } from '$lib/server/sharedPathway';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = pathwayPageEntries;

export const GET: RequestHandler = ({ params }) => {
	const shared = sharedPathway(params.id);
	// Drawn at build time by the one SVG renderer, as the deck draws its slides.
	const subject = { pathway: shared.pathway, laidOut: shared.laidOut, records: shared };
	return Response.json(presenterPictures(subject, languageOfSegment(params.lang)));
};
