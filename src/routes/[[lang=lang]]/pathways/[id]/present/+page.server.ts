import { languageOfSegment } from '$lib/i18n/address';
import { atlasForPage } from '$lib/server/atlasForPage';
import { lectureQuestions } from '$lib/lecture/lectureQuestions';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;
export const load: PageServerLoad = ({ params }) => {
	const atlas = atlasForPage();
	const data = laidOutPathway(params.id, atlas);
	const lang = languageOfSegment(params.lang);
	return { ...data, questions: lectureQuestions(atlas, data.pathway, data, lang) };
};
