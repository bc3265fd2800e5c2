/** What the pathway page and its embed load: the diagram's labels in the page's language, and its figure. */
import { languageOfSegment } from '../i18n/address.ts';
import { outlineItems } from '../pages/outline.ts';
import { diagramLabels } from '../view/diagramLabels.ts';
import { atlasForPage } from './atlasForPage.ts';
import { pageFigure } from '../render/pageFigure.ts';
import { sharedForPage } from './sharedPathway.ts';

export function pathwayPageLoad(params: { id: string; lang?: string }, locals: App.Locals) {
	const { shared, ref } = sharedForPage(params.id, locals, atlasForPage());
	// The diagram as SVG in the prerendered page: there before any script runs, or without one.
	// Put into the HTML once by the server hook, not shipped again in the hydration data; a page
	// reached by client-side navigation draws it.
	const lang = languageOfSegment(params.lang);
	locals.inlineFigure = pageFigure(shared.laidOut, shared, lang);
	// The outline the same way (the embed shows none; its HTML keeps no slot for it).
	locals.inlineOutline = outlineItems(shared, shared.view.order, lang);
	return { ...ref, labels: diagramLabels(shared.pathway, shared.entities, lang) };
}
