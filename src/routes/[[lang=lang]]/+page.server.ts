import { inEveryLanguage, languageOfSegment } from '$lib/i18n/address';
import { atlasForPage } from '$lib/server/atlasForPage';
import { pathwayPreview, type Preview } from '$lib/server/preview';
import { pathwayCounts } from '$lib/view/pathwayPage';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => inEveryLanguage([{}]);

export const load: PageServerLoad = ({ params }) => {
	const atlas = atlasForPage();
	const lang = languageOfSegment(params.lang);
	return {
		pathways: atlas.pathways.map((p) => ({
			id: p.id,
			title: p.title,
			summary: p.summary,
			counts: pathwayCounts(p),
			preview: previewSteps(pathwayPreview(p, atlas, lang))
		})),
		sources: [...atlas.sources.values()].map((s) => ({ id: s.id, title: s.title }))
	};
};

/** What the card says of its preview: how many steps, or only the start of the first. */
const previewSteps = ({ steps, partial }: Preview) => ({ steps, partial });
