/** Shared setup of the SVG renderer's tests: a full figure, element lookups, label lines. */
import { layoutPathway } from '../../../src/lib/layout/layoutPathway.ts';
import type { Atlas, Pathway } from '../../../src/lib/model/atlas.ts';
import { figureContext } from '../../../src/lib/render/figureContext.ts';
import { PAGE_FIGURE, type SvgOptions } from '../../../src/lib/render/options.ts';
import { renderSvg } from '../../../src/lib/render/renderSvg.ts';
import { allElements } from './figures.ts';

/** The page figure with title, legend and citations. */
export const FULL: SvgOptions = { ...PAGE_FIGURE, legend: true, citations: true, title: true };

export function render(atlas: Atlas, pathway: Pathway, options: Partial<SvgOptions> = {}) {
	const laidOut = layoutPathway(pathway, atlas.entities);
	return renderSvg(laidOut, { ...FULL, ...options }, figureContext(pathway, atlas));
}

export const pathwayOf = (atlas: Atlas, id: string) => atlas.pathways.find((p) => p.id === id)!;

/** The ids of the elements whose id starts with `prefix`, without it. */
export const ids = (doc: Document, prefix: string) =>
	allElements(doc)
		.map((el) => el.getAttribute('id') ?? '')
		.filter((id) => id.startsWith(prefix))
		.map((id) => id.slice(prefix.length));

export const childElements = (el: Element): Element[] =>
	Array.from(el.childNodes).filter((c): c is Element => c.nodeType === 1);

/** A `<text>`'s lines: its own text, then each `<tspan>`'s. */
export const labelLines = (text: Element): string[] =>
	Array.from(text.childNodes)
		.map((c) => c.textContent ?? '')
		.filter(Boolean);
