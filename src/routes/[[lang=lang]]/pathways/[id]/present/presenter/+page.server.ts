import { languageOfSegment } from '$lib/i18n/address';
import { presenterPictures } from '$lib/lecture/presenterPictures';
import { atlasForPage } from '$lib/server/atlasForPage';
import { lectureQuestions } from '$lib/lecture/lectureQuestions';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;
export const load: PageServerLoad = ({ params }) => {
	const atlas = atlasForPage();
	const data = laidOutPathway(params.id, atlas);
	const lang = languageOfSegment(params.lang);
	// Drawn at build time by the one SVG renderer, as the deck draws its slides.
	const subject = { pathway: data.pathway, laidOut: data.laidOut, records: data };
	return {
		...data,
		pictures: presenterPictures(subject, lang),
		questions: lectureQuestions(atlas, data.pathway, data, lang)
	};
};
