/**
 * The handout's figure: the whole pathway through the one SVG renderer, in the print theme
 * (paper, grey-scale safe) with its legend; the references are listed on the page itself.
 */
import type { Language } from '../i18n/languages.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import type { Pathway } from '../model/atlas.ts';
import { figureContext, type RecordSource } from '../render/figureContext.ts';
import type { SvgOptions } from '../render/options.ts';
import { renderSvg } from '../render/renderSvg.ts';

export const HANDOUT_FIGURE: SvgOptions = {
	scope: 'pathway',
	theme: 'print',
	legend: true,
	citations: false,
	title: false
};

export const handoutFigure = (
	laid: LaidOutPathway,
	data: RecordSource & { pathway: Pathway },
	lang: Language = 'en'
) => renderSvg(laid, { ...HANDOUT_FIGURE, lang }, figureContext(data.pathway, data));
