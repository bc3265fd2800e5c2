// A pathway's shared data, one file for all its pages in every language (view/sharedPathway.ts).
import { pathwayEntries } from '$lib/server/pathwayRoute';
import { sharedPathway } from '$lib/server/sharedPathway';
import { encodeShared } from '$lib/pages/sharedPathway';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = pathwayEntries;

export const GET: RequestHandler = ({ params }) =>
	new Response(encodeShared(sharedPathway(params.id)), {
		headers: { 'content-type': 'application/json' }
	});
