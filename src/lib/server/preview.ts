/**
 * An index card's preview: the figure of the pathway's opening steps, as many of them (up to
 * MAX_STEPS) as fit the card's box with node labels at the first view's readable size; where the
 * first step alone is too large, as many of its nodes as fit. A pathway without steps shows as
 * many of its first nodes as fit, walked along its arrows. A preview is a picture (an `<img>`):
 * no tooltips.
 */
import type { Language } from '../i18n/languages.ts';
import type { Atlas, Pathway } from '../model/atlas.ts';
import { TYPE } from '../layout/font.ts';
import { renderSvg } from '../render/renderSvg.ts';
import { figureContext } from '../render/figureContext.ts';
import { PAGE_FIGURE } from '../render/options.ts';
import { READABLE_LABEL_PX } from '../view/firstView.ts';
import { firstNodes, opening } from '../view/opening.ts';
import { cachedLayout } from './layoutCache.ts';

/** The card's picture box in CSS px (the index page sizes it from here). */
export const PREVIEW_BOX = { width: 300, height: 184 } as const;
const MAX_STEPS = 4;
/** More nodes than this never fit the card's box at a readable size. */
const MAX_START_NODES = 12;

export interface Preview {
	svg: string;
	/** How many opening steps it draws; 0: a pathway without steps. */
	steps: number;
	/** Only part of the first step, or of a pathway without steps: its first few nodes. */
	partial: boolean;
}

export function pathwayPreview(pathway: Pathway, atlas: Atlas, lang: Language): Preview {
	const readable = (svg: string) => labelPx(svg) >= READABLE_LABEL_PX[lang];
	const most = Math.min(MAX_STEPS, pathway.steps.length);
	for (let steps = most; steps >= 1; steps--) {
		const svg = draw(opening(pathway, steps), atlas, lang);
		if (readable(svg)) return { svg, steps, partial: false };
	}
	const start = (nodes: number) =>
		most === 0 ? firstNodes(pathway, nodes) : opening(pathway, 1, nodes);
	const whole = most === 0 ? pathway.nodes.length : opening(pathway, 1).nodes.length;
	if (whole === 0) return { svg: draw(pathway, atlas, lang), steps: 0, partial: false };
	let svg = '';
	let nodes = Math.min(whole, MAX_START_NODES);
	for (; nodes >= 1; nodes--) {
		svg = draw(start(nodes), atlas, lang);
		if (readable(svg)) break;
	}
	return { svg, steps: Math.min(most, 1), partial: nodes < whole };
}

function draw(pathway: Pathway, atlas: Atlas, lang: Language): string {
	const laidOut = cachedLayout(pathway, atlas.entities);
	return renderSvg(laidOut, { ...PAGE_FIGURE, lang, picture: true }, figureContext(pathway, atlas));
}

/** The node label's size once the figure is fitted into the card's box. */
export function labelPx(svg: string): number {
	const size = /^<svg[^>]*?\swidth="([\d.]+)" height="([\d.]+)"/.exec(svg);
	if (!size) throw new Error('a rendered figure has a width and a height');
	const scale = Math.min(PREVIEW_BOX.width / +size[1]!, PREVIEW_BOX.height / +size[2]!, 1);
	return TYPE.nodeSize * scale;
}
