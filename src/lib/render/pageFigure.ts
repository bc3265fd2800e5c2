/**
 * The figure a pathway page carries inline, drawn before any script runs (and without scripts):
 * each element links to the page's prerendered details for it (every pathway has them). The
 * server puts it in the prerendered page; a page reached by client-side navigation draws it.
 */
import type { Language } from '../i18n/languages.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import { ABOUT_PREFIX } from '../view/figurePick.ts';
import { figureContext, type RecordSource } from './figureContext.ts';
import { PAGE_FIGURE } from './options.ts';
import { renderSvg } from './renderSvg.ts';

type PageData = RecordSource & { pathway: Pathway };

export const pageFigure = (laidOut: LaidOutPathway, data: PageData, lang: Language = 'en') =>
	renderSvg(
		laidOut,
		{ ...PAGE_FIGURE, fragmentLinks: ABOUT_PREFIX, lang },
		figureContext(data.pathway, data)
	);
