import { atlasForPage } from '$lib/server/atlasForPage';
import { laidOutPathway, pathwayEntries } from '$lib/server/pathwayRoute';
import { pageFigure } from '$lib/render/pageFigure';
import { alsoIn } from '$lib/view/alsoIn';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayEntries;

export const load: PageServerLoad = ({ params }) => {
	const atlas = atlasForPage();
	const data = laidOutPathway(params.id, atlas);
	return {
		...data,
		alsoIn: alsoIn(atlas, data.pathway),
		// The diagram as SVG in the prerendered page: there before any script runs, or without one.
		figure: pageFigure(data.laidOut, data)
	};
};
