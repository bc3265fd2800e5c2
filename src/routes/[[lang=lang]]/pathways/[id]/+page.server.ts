import { languageOfSegment } from '$lib/i18n/address';
import { atlasForPage } from '$lib/server/atlasForPage';
import { laidOutPathway, pathwayPageEntries } from '$lib/server/pathwayRoute';
import { pageFigure } from '$lib/server/pageFigure';
import { alsoIn } from '$lib/view/alsoIn';
import { elsewhere } from '$lib/practice/subject';
import { pathwayViewer } from '$lib/server/pathwayViewer';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = pathwayPageEntries;

export const load: PageServerLoad = ({ params, locals }) => {
	const atlas = atlasForPage();
	const data = laidOutPathway(params.id, atlas);
	// The diagram as SVG in the prerendered page: there before any script runs, or without one.
	// Put into the HTML once by the server hook, not shipped again in the hydration data; a page
	// reached by client-side navigation fetches it (figure.svg beside the page).
	const lang = languageOfSegment(params.lang);
	locals.inlineFigure = pageFigure(data.laidOut, data, lang);
	return {
		...data,
		alsoIn: alsoIn(atlas, data.pathway),
		elsewhere: elsewhere(atlas, data.pathway),
		viewer: pathwayViewer(
			data.pathway,
			data.entities,
			{ sources: data.sources, references: data.references },
			data.laidOut
		)
	};
};
