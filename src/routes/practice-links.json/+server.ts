// Every pathway's links, once for the atlas: a practice page reads the other pathways' from it.
import { atlasForPage } from '$lib/server/atlasForPage';
import { atlasLinks } from '$lib/practice/subject';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(JSON.stringify(atlasLinks(atlasForPage())), {
		headers: { 'content-type': 'application/json' }
	});
