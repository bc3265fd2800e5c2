import { languageOfSegment } from '$lib/i18n/address';
import { atlasForPage } from '$lib/server/atlasForPage';
import { lectureQuestions } from '$lib/lecture/lectureQuestions';
import { pathwayPageEntries } from '$lib/server/pathwayRoute';
import { sharedForPage } from '$lib/server/sharedPathway';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;
export const load: PageServerLoad = ({ params, locals }) => {
	const atlas = atlasForPage();
	const { shared, ref } = sharedForPage(params.id, locals, atlas);
	const lang = languageOfSegment(params.lang);
	// The view draws its pictures as it starts, from the shared file.
	return { ...ref, questions: lectureQuestions(atlas, shared.pathway, shared, lang) };
};
