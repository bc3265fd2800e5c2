// The atlas's search index as a file, prerendered: the search box fetches it on first use, so it
// works from a static host and offline, and no page carries it before then.
import { json } from '@sveltejs/kit';
import { atlasForPage } from '$lib/server/atlasForPage';
import { buildSearchIndex, searchFile } from '$lib/view/atlasSearch';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => json(searchFile(buildSearchIndex(atlasForPage())));
