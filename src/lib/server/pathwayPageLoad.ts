/** What the pathway page and its embed load: the pathway's viewer data and figure. */
import { languageOfSegment } from '../i18n/address.ts';
import { atlasForPage } from './atlasForPage.ts';
import { pageFigure } from './pageFigure.ts';
import { pathwayViewer } from './pathwayViewer.ts';
import { sharedForPage } from './sharedPathway.ts';
import { outlineItems } from '../pages/outline.ts';

export function pathwayPageLoad(params: { id: string; lang?: string }, locals: App.Locals) {
	const { shared, ref } = sharedForPage(params.id, locals, atlasForPage());
	// The diagram as SVG in the prerendered page: there before any script runs, or without one.
	// Put into the HTML once by the server hook, not shipped again in the hydration data; a page
	// reached by client-side navigation fetches it (figure.svg beside the page).
	const lang = languageOfSegment(params.lang);
	locals.inlineFigure = pageFigure(shared.laidOut, shared, lang);
	const viewer = pathwayViewer(
		shared.pathway,
		shared.entities,
		{ sources: shared.sources, references: shared.references },
		shared.laidOut,
		lang
	);
	// The outline the same way (the embed shows none; its HTML keeps no slot for it).
	locals.inlineOutline = outlineItems(shared, viewer.order, lang);
	return { ...ref, viewer };
}
