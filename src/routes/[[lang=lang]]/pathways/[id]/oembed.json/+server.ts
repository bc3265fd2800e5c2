// The oEmbed 1.0 answer beside each embed page, prerendered: a course platform that reads oEmbed
// embeds the pathway from its URL (the embed page links here, rel="alternate").
import { oEmbed, pathwaySitePath, publicUrl } from '$lib/embed/embedCode';
import { languageOfSegment } from '$lib/i18n/address';
import { loadLanguage, translate } from '$lib/i18n/strings';
import { atlasAddress } from '$lib/server/atlasAddress';
import { atlasForPage } from '$lib/server/atlasForPage';
import { basePath } from '$lib/server/basePath';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import { pick } from '$lib/i18n/localized';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = pathwayPageEntries;

export const GET: RequestHandler = async ({ params }) => {
	const { pathway } = laidOutPathway(params.id, atlasForPage());
	const lang = languageOfSegment(params.lang);
	await loadLanguage(lang);
	const address = atlasAddress();
	const embed = pathwaySitePath(pathway.id, lang, 'embed');
	const answer = oEmbed({
		src: publicUrl(embed, { base: basePath(), address }),
		title: pick(pathway.title, lang),
		provider: translate(lang, 'atlas'),
		...(address ? { address } : {})
	});
	return new Response(JSON.stringify(answer, null, '\t'), {
		headers: { 'content-type': 'application/json' }
	});
};
