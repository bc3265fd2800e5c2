/**
 * The page's inline figure in two parts: what a first view can show, for the page with scripts,
 * and the rest in <noscript>, drawn over it for a reader without scripts. Each element is in one
 * part, both parts share one box, and the part drawn over defines nothing of its own.
 */
import { describe, expect, it } from 'vitest';
import { syntheticAtlas } from '../../bench/synthetic.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { LaidOutPathway } from '../../src/lib/layout/types.ts';
import type { Atlas, Pathway } from '../../src/lib/model/atlas.ts';
import { pathwayFrame, pathwayStart } from '../../src/lib/render/frame.ts';
import { pageFigure, pageFigureParts } from '../../src/lib/render/pageFigure.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import {
	FIT_PADDING,
	firstViewWindow,
	LARGEST_BOX,
	readableZoom
} from '../../src/lib/view/firstView.ts';
import { allElements, parseSvg, realAtlas } from './helpers/figures.ts';
import { childElements } from './helpers/svgFigure.ts';

const large = validateAtlas(syntheticAtlas([400], 3, 'large')).atlas;
const pathway = large.pathways[0]!;
const laidOut = layoutPathway(pathway, large.entities);
const figure = (lang: 'en' | 'zh', scripted = false, atlas: Atlas = large, p: Pathway = pathway) =>
	pageFigure(
		p === pathway ? laidOut : layoutPathway(p, atlas.entities),
		{ ...atlas, pathway: p },
		lang,
		scripted
	);

/** The two <svg> parts of the page's figure, parsed. */
function parts(markup: string) {
	const match = /^([\s\S]*?)<noscript>([\s\S]*)<\/noscript>$/.exec(markup);
	if (!match) throw new Error('the figure is not in two parts');
	return { first: parseSvg(match[1]!), over: parseSvg(match[2]!) };
}

const elementIds = (doc: Document) =>
	allElements(doc)
		.map((el) => el.getAttribute('id') ?? '')
		.filter((id) => /^(node|edge)-/.test(id));

const rootAttributes = (doc: Document, names: string[]) =>
	names.map((name) => doc.documentElement.getAttribute(name));

/** A node's box in model coordinates. */
const box = (n: LaidOutPathway['nodes'][number]) => ({
	left: n.x - n.width / 2,
	right: n.x + n.width / 2,
	top: n.y - n.height / 2,
	bottom: n.y + n.height / 2
});

describe('the page figure of a large pathway', () => {
	it('puts every node and edge in exactly one of its two parts', () => {
		for (const lang of ['en', 'zh'] as const) {
			const { first, over } = parts(figure(lang));
			const ids = [...elementIds(first), ...elementIds(over)];
			expect(new Set(ids).size).toBe(ids.length);
			expect(ids.length).toBe(laidOut.nodes.length + laidOut.edges.length);
			expect(elementIds(over).length, lang).toBeGreaterThan(elementIds(first).length);
		}
	});

	it('draws both parts in one box, the part over the other without title, definitions or background', () => {
		const { first, over } = parts(figure('en'));
		const geometry = ['width', 'height', 'viewBox'];
		expect(rootAttributes(over, geometry)).toEqual(rootAttributes(first, geometry));
		expect(over.documentElement.getAttribute('class')).toBe('atlas-figure-over');
		expect(over.documentElement.getAttribute('pointer-events')).toBe('none');
		const tags = allElements(over).map((el) => el.tagName);
		for (const tag of ['defs', 'marker', 'clipPath']) expect(tags).not.toContain(tag);
		const own = childElements(over.documentElement);
		expect(own.map((el) => el.tagName)).toEqual(['g']);
		expect(allElements(over).some((el) => el.getAttribute('class') === 'figure-background')).toBe(
			false
		);
		// its arrowheads are the first part's: every one it uses is defined there
		const defined = new Set(allElements(first).map((el) => el.getAttribute('id')));
		const used = allElements(over)
			.map((el) => /url\(#([^)]+)\)/.exec(el.getAttribute('marker-end') ?? '')?.[1])
			.filter((id): id is string => Boolean(id));
		expect(used.length).toBeGreaterThan(0);
		for (const id of used) expect(defined.has(id), id).toBe(true);
	});

	it('keeps in its first part every node a first view on the largest screen shows', () => {
		for (const lang of ['en', 'zh'] as const) {
			// the window measured here from the box and the readable zoom, not by the code under test
			const zoom = readableZoom(lang);
			const start = pathwayStart(laidOut)!;
			const frame = pathwayFrame(laidOut);
			const half = { x: LARGEST_BOX.width / zoom / 2, y: LARGEST_BOX.height / zoom / 2 };
			// the box's padding shows around the figure at its edges
			const pad = FIT_PADDING / zoom;
			const centred = (at: number, from: number, length: number, side: number) =>
				Math.max(from - pad, Math.min(at - side, from + length + pad - 2 * side));
			const left = centred(start.x, frame.x, frame.width, half.x);
			const top = centred(start.y, frame.y, frame.height, half.y);
			const { firstView, rest } = pageFigureParts(laidOut, lang);
			for (const n of laidOut.nodes) {
				const b = box(n);
				const shows =
					b.right > left &&
					b.left < left + 2 * half.x &&
					b.bottom > top &&
					b.top < top + 2 * half.y;
				expect(shows ? firstView.has(n.id) : rest.has(n.id), `${lang} ${n.id}`).toBe(true);
			}
			const window = firstViewWindow(frame, lang, start);
			expect(window.width * zoom).toBeCloseTo(LARGEST_BOX.width);
		}
	});

	it('is the first part alone where the script draws it', () => {
		const scripted = figure('en', true);
		expect(scripted).not.toContain('<noscript>');
		expect(elementIds(parseSvg(scripted))).toEqual(elementIds(parts(figure('en')).first));
	});
});

describe('the page figure of a curated pathway', () => {
	it('is one whole figure: a first view can show all of it', () => {
		const atlas = realAtlas();
		for (const p of atlas.pathways)
			for (const lang of ['en', 'zh'] as const) {
				const markup = figure(lang, false, atlas, p);
				expect(markup, `${p.id} ${lang}`).not.toContain('<noscript>');
				expect(markup.match(/<svg/g)).toHaveLength(1);
			}
	});
});
