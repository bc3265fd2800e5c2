import { error } from '@sveltejs/kit';
import { atlasForPage } from '$lib/server/atlasForPage';
import { layoutPathway } from '$lib/layout/layoutPathway';
import { alsoIn } from '$lib/view/alsoIn';
import { pathwayPageData } from '$lib/view/pathwayPage';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => atlasForPage().pathways.map((p) => ({ id: p.id }));

export const load: PageServerLoad = ({ params }) => {
	const atlas = atlasForPage();
	const pathway = atlas.pathways.find((p) => p.id === params.id);
	if (!pathway) error(404, { message: `There is no pathway "${params.id}".` });
	return {
		...pathwayPageData(atlas, pathway),
		// Laid out here, at build time: the browser shows the diagram in place and runs no layout.
		laidOut: layoutPathway(pathway, atlas.entities),
		alsoIn: alsoIn(atlas, pathway)
	};
};
