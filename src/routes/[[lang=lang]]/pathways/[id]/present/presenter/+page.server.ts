import { languageOfSegment } from '$lib/i18n/address';
import { presenterPictures } from '$lib/lecture/presenterPictures';
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
	// Drawn at build time by the one SVG renderer, as the deck draws its slides.
	const subject = { pathway: shared.pathway, laidOut: shared.laidOut, records: shared };
	return {
		...ref,
		pictures: presenterPictures(subject, lang),
		questions: lectureQuestions(atlas, shared.pathway, shared, lang)
	};
};
