import { languageOfSegment } from '$lib/i18n/address';
import { stepFigures } from '$lib/lecture/stepFigures';
import { elsewhere } from '$lib/practice/subject';
import { atlasForPage } from '$lib/server/atlasForPage';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;

export const load: PageServerLoad = ({ params }) => {
	const atlas = atlasForPage();
	const { laidOut, ...data } = laidOutPathway(params.id, atlas);
	const lang = languageOfSegment(params.lang);
	// Each step's figure drawn at build time by the one renderer: the page runs no layout.
	const subject = { pathway: data.pathway, laidOut, records: data };
	const figures = stepFigures(subject, { lang, legend: false, citations: false }, { title: false });
	return { ...data, elsewhere: elsewhere(atlas, data.pathway), figures: figures.map((f) => f.svg) };
};
