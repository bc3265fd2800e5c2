/** What the pathway page and its embed load: the pathway laid out, its viewer data and figure. */
import { languageOfSegment } from '../i18n/address.ts';
import { elsewhere } from '../practice/subject.ts';
import { alsoIn } from '../view/alsoIn.ts';
import { atlasForPage } from './atlasForPage.ts';
import { pageFigure } from './pageFigure.ts';
import { laidOutPathway } from './pathwayRoute.ts';
import { pathwayViewer } from './pathwayViewer.ts';

export function pathwayPageLoad(params: { id: string; lang?: string }, locals: App.Locals) {
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
			data.laidOut,
			lang
		)
	};
}
