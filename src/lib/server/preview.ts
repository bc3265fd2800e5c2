/**
 * An index card's preview: the figure of the pathway's opening steps, as many of them (up to
 * MAX_STEPS) as fit the card's box with node labels at the first view's readable size; where the
 * first step alone is too large, as many of its nodes as fit. A pathway without steps is drawn
 * whole.
 */
import type { Language } from '../i18n/languages.ts';
import type { Atlas, Pathway } from '../model/atlas.ts';
import { TYPE } from '../layout/font.ts';
import { renderSvg } from '../render/renderSvg.ts';
import { figureContext } from '../render/figureContext.ts';
import { PAGE_FIGURE } from '../render/options.ts';
import { READABLE_LABEL_PX } from '../view/firstView.ts';
import { opening } from '../view/opening.ts';
import { cachedLayout } from './layoutCache.ts';

/** The card's picture box in CSS px (the index page sizes it from here). */
export const PREVIEW_BOX = { width: 300, height: 176 } as const;
const MAX_STEPS = 4;

export interface Preview {
	svg: string;
	/** How many opening steps it draws; 0: the whole pathway. */
	steps: number;
	/** Only part of the first step: its first few nodes. */
	partial: boolean;
}

export function pathwayPreview(pathway: Pathway, atlas: Atlas, lang: Language): Preview {
	const most = Math.min(MAX_STEPS, pathway.steps.length);
	if (most === 0) return { svg: draw(pathway, atlas, lang), steps: 0, partial: false };
	const readable = (svg: string) => labelPx(svg) >= READABLE_LABEL_PX[lang];
	for (let steps = most; steps >= 1; steps--) {
		const svg = draw(opening(pathway, steps), atlas, lang);
		if (readable(svg)) return { svg, steps, partial: false };
	}
	let svg = '';
	for (let nodes = opening(pathway, 1).nodes.length - 1; nodes >= 1; nodes--) {
		svg = draw(opening(pathway, 1, nodes), atlas, lang);
		if (readable(svg)) break;
	}
	return { svg, steps: 1, partial: true };
}

function draw(pathway: Pathway, atlas: Atlas, lang: Language): string {
	const laidOut = cachedLayout(pathway, atlas.entities);
	return renderSvg(laidOut, { ...PAGE_FIGURE, lang }, figureContext(pathway, atlas));
}

/** The node label's size once the figure is fitted into the card's box. */
export function labelPx(svg: string): number {
	const size = /^<svg[^>]*?\swidth="([\d.]+)" height="([\d.]+)"/.exec(svg);
	if (!size) throw new Error('a rendered figure has a width and a height');
	const scale = Math.min(PREVIEW_BOX.width / +size[1]!, PREVIEW_BOX.height / +size[2]!, 1);
	return TYPE.nodeSize * scale;
}
