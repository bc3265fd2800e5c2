/**
 * The figure a pathway page carries inline, drawn before any script runs (and without scripts):
 * each element links to the page's prerendered details for it, where the page has them.
 */
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import { figureContext, type RecordSource } from './figureContext.ts';
import { ABOUT_PREFIX, hasScriptFreeDetails } from '../view/figurePick.ts';
import { PAGE_FIGURE } from './options.ts';
import { renderSvg } from './renderSvg.ts';

export const pageFigure = (laid: LaidOutPathway, data: RecordSource & { pathway: Pathway }) =>
	renderSvg(
		laid,
		{
			...PAGE_FIGURE,
			...(hasScriptFreeDetails(laid.nodes.length) ? { fragmentLinks: ABOUT_PREFIX } : {})
		},
		figureContext(data.pathway, data)
	);
