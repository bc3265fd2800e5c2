import { handoutFigure } from '$lib/lecture/handoutFigure';
import { laidOutPathway, pathwayEntries } from '$lib/server/pathwayRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayEntries;

export const load: PageServerLoad = ({ params }) => {
	const data = laidOutPathway(params.id);
	// Drawn at build time, so the printed handout needs no script.
	const figure = handoutFigure(data.laidOut, data);
	return { ...data, figure, figureZh: handoutFigure(data.laidOut, data, 'zh') };
};
