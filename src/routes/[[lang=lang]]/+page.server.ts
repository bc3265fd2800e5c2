import { inEveryLanguage } from '$lib/i18n/address';
import { atlasForPage } from '$lib/server/atlasForPage';
import { pathwayCounts } from '$lib/view/pathwayPage';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => inEveryLanguage([{}]);

export const load: PageServerLoad = () => {
	const atlas = atlasForPage();
	return {
		pathways: atlas.pathways.map((p) => ({
			id: p.id,
			title: p.title,
			summary: p.summary,
			...(p.titleZh ? { titleZh: p.titleZh } : {}),
			...(p.summaryZh ? { summaryZh: p.summaryZh } : {}),
			counts: pathwayCounts(p)
		})),
		sources: [...atlas.sources.values()].map((s) => ({ id: s.id, title: s.title }))
	};
};
