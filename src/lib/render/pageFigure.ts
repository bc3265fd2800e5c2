/**
 * The figure a pathway page carries inline, drawn before any script runs (and without scripts):
 * each element links to the page's prerendered details for it (every pathway has them). The
 * server puts it in the prerendered page; a page reached by client-side navigation draws it.
 *
 * With a script, the figure only ever shows its first view before Cytoscape takes over (which
 * it does at the first zoom, pan or drag), so the elements no first view can show wait in a
 * `<noscript>`, drawn over the first part for a reader without scripts: a large pathway's page
 * is then not a whole figure's elements to parse, style and lay out before it answers a click.
 */
import type { Language } from '../i18n/languages.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import { ABOUT_PREFIX } from '../view/figurePick.ts';
import { firstViewWindow } from '../view/firstView.ts';
import { figureContext, type RecordSource } from './figureContext.ts';
import { pathwayFrame, pathwayStart } from './frame.ts';
import { PAGE_FIGURE } from './options.ts';
import { renderSvg } from './renderSvg.ts';
import { idsWithin } from './scope.ts';

type PageData = RecordSource & { pathway: Pathway };

export interface PageFigureParts {
	/** Every element a first view can show, in the whole figure's box. */
	firstView: ReadonlySet<string>;
	/** The others (none when a first view shows the whole figure). */
	rest: ReadonlySet<string>;
}

/** Which elements a first view, on any screen up to LARGEST_BOX, can show part of. */
export function pageFigureParts(laidOut: LaidOutPathway, lang: Language): PageFigureParts {
	const window = firstViewWindow(pathwayFrame(laidOut), lang, pathwayStart(laidOut));
	const firstView = idsWithin(laidOut, window);
	const rest = new Set(
		[...laidOut.compartments, ...laidOut.edges, ...laidOut.nodes]
			.map((x) => x.id)
			.filter((id) => !firstView.has(id))
	);
	return { firstView, rest };
}

/**
 * The page's inline figure: the first view's part, then the rest in `<noscript>`, unless
 * `scripted` (a page the script draws needs no part for readers without one).
 */
export function pageFigure(
	laidOut: LaidOutPathway,
	data: PageData,
	lang: Language = 'en',
	scripted = false
): string {
	const context = figureContext(data.pathway, data);
	const options = { ...PAGE_FIGURE, fragmentLinks: ABOUT_PREFIX, lang };
	const { firstView, rest } = pageFigureParts(laidOut, lang);
	if (!rest.size) return renderSvg(laidOut, options, context);
	const first = renderSvg(laidOut, { ...options, only: firstView }, context);
	if (scripted) return first;
	const over = renderSvg(laidOut, { ...options, only: rest, over: true }, context);
	return `${first}<noscript>${over}</noscript>`;
}
