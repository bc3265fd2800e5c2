import { atlasForPage } from '$lib/server/atlasForPage';
import type { LayoutServerLoad } from './$types';

/** What exists, for the header and for the 404 page's list. */
export const load: LayoutServerLoad = () => {
	const atlas = atlasForPage();
	return {
		catalogue: {
			pathways: atlas.pathways.map((p) => ({ id: p.id, title: p.title })),
			sources: [...atlas.sources.values()].map((s) => ({ id: s.id, title: s.title }))
		}
	};
};
