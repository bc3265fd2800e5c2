import { error } from '@sveltejs/kit';
import { atlasForPage } from '$lib/server/atlasForPage';
import { pathwayPageData } from '$lib/view/pathwayPage';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => atlasForPage().pathways.map((p) => ({ id: p.id }));

export const load: PageServerLoad = ({ params }) => {
	const atlas = atlasForPage();
	const pathway = atlas.pathways.find((p) => p.id === params.id);
	if (!pathway) error(404, { message: `No pathway "${params.id}"` });
	return pathwayPageData(atlas, pathway);
};
