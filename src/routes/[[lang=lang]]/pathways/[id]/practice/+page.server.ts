import { languageOfSegment } from '$lib/i18n/address';
import { stepFigures } from '$lib/lecture/stepFigures';
import { atlasForPage } from '$lib/server/atlasForPage';
import { pathwayPageEntries } from '$lib/server/pathwayRoute';
import { sharedForPage } from '$lib/server/sharedPathway';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;

export const load: PageServerLoad = ({ params, locals }) => {
	const { shared, ref } = sharedForPage(params.id, locals, atlasForPage());
	const lang = languageOfSegment(params.lang);
	// Each step's figure drawn at build time by the one renderer: the page runs no layout.
	const subject = { pathway: shared.pathway, laidOut: shared.laidOut, records: shared };
	const figures = stepFigures(subject, { lang, legend: false, citations: false }, { title: false });
	return { ...ref, figures: figures.map((f) => f.svg) };
};
