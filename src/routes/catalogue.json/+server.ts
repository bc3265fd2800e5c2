// What exists, as a file: the error page a failed navigation shows fetches it then, so no page
// carries the whole atlas's titles before that.
import { json } from '@sveltejs/kit';
import { atlasForPage } from '$lib/server/atlasForPage';
import { catalogueOf } from '$lib/view/catalogue';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(catalogueOf(atlasForPage()));
