import { languageOfSegment } from '$lib/i18n/address';
import { handoutFigure } from '$lib/lecture/handoutFigure';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;

export const load: PageServerLoad = ({ params }) => {
	const data = laidOutPathway(params.id);
	// Drawn at build time, so the printed handout needs no script.
	return { ...data, figure: handoutFigure(data.laidOut, data, languageOfSegment(params.lang)) };
};
