// The pathway's one offline HTML file (as `npm run export -- <id> --format html` writes it),
// prerendered: the export menu downloads it, since its fonts are subset in Node, not in the browser.
import { languageOfSegment } from '$lib/i18n/address';
import { loadLanguage } from '$lib/i18n/strings';
import { pathwayHtmlFile } from '$lib/offline/node/htmlFile';
import { atlasAddress } from '$lib/server/atlasAddress';
import { atlasForPage } from '$lib/server/atlasForPage';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = pathwayPageEntries;

export const GET: RequestHandler = async ({ params }) => {
	const data = laidOutPathway(params.id, atlasForPage());
	const lang = languageOfSegment(params.lang);
	// the file names the atlas in its language
	await loadLanguage(lang);
	const url = atlasAddress();
	const html = await pathwayHtmlFile(data.laidOut, data, lang, url ? { url } : {});
	return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
