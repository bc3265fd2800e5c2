/** The SVG renderer draws what Cytoscape draws: node boxes, edge classes, frame, links, print colours. */
import { describe, expect, it } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { pathwayFrame } from '../../src/lib/render/frame.ts';
import { PAGE_FIGURE } from '../../src/lib/render/options.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { pageFigure } from '../../src/lib/render/pageFigure.ts';
import { pathwayPreview } from '../../src/lib/server/preview.ts';
import { contrast } from '../../src/lib/style/colour.ts';
import type { Theme } from '../../src/lib/style/themes.ts';
import { nodePaint } from '../../src/lib/style/visualGrammar.ts';
import { allElements, galleryAtlas, parseSvg, subjects } from './helpers/figures.ts';
import { childElements, FULL, labelLines, pathwayOf, render } from './helpers/svgFigure.ts';
import { drawnBox, expectedBox, expectRounded } from './helpers/svgShapes.ts';

describe('geometry shared with Cytoscape', () => {
	it('draws each node at its laid-out box with the shortest element, labels as text lines', () => {
		const atlas = galleryAtlas();
		for (const id of ['every-kind', 'compartments']) {
			const p = pathwayOf(atlas, id);
			const laidOut = layoutPathway(p, atlas.entities);
			const doc = parseSvg(renderSvg(laidOut, PAGE_FIGURE, figureContext(p, atlas)));
			for (const n of laidOut.nodes) {
				const g = allElements(doc).find((el) => el.getAttribute('id') === `node-${n.id}`)!;
				expect(g.getAttribute('class')).toBe(`node kind-${n.kind}`);
				const paint = nodePaint(n.kind, 'light');
				const shapes = childElements(g).filter((el) => !['title', 'text'].includes(el.tagName));
				// a double border: the inner line on the filled shape, then the outer line
				const grows =
					paint.borderStyle === 'double' ? [-paint.borderWidth / 3, paint.borderWidth / 3] : [0];
				expect(shapes).toHaveLength(grows.length);
				shapes.forEach((el, i) => {
					const grow = grows[i]!;
					const box = expectedBox(paint.shape, n.x, n.y, n.width + 2 * grow, n.height + 2 * grow);
					expectRounded(drawnBox(el), box, n.id);
				});
				expect(labelLines(childElements(g).find((el) => el.tagName === 'text')!)).toEqual(n.lines);
			}
		}
	});

	it('classes each edge by relation and support, dashed as the grammar says', () => {
		const atlas = galleryAtlas();
		for (const id of ['every-support', 'every-relation']) {
			const p = pathwayOf(atlas, id);
			const doc = parseSvg(render(atlas, p));
			for (const e of layoutPathway(p, atlas.entities).edges) {
				const path = allElements(doc).find((el) => el.getAttribute('id') === `edge-${e.id}`)!;
				expect(path.tagName).toBe('path');
				expect(path.getAttribute('class')).toBe(`edge relation-${e.relation} support-${e.support}`);
				expect(path.getAttribute('stroke-dasharray') ?? '').toBe(
					{ stated: '', listed: '8 5', background: '0.5 7' }[e.support]
				);
			}
		}
	});

	it('frames the page figure exactly on the laid-out box, with an accessible name', () => {
		for (const { pathway: p, laidOut, records } of subjects(galleryAtlas())) {
			const doc = parseSvg(pageFigure(laidOut, { pathway: p, ...records }));
			const frame = pathwayFrame(laidOut);
			const root = doc.documentElement;
			expect(root.getAttribute('viewBox')).toBe(`0 0 ${frame.width} ${frame.height}`);
			expect(frame.width - laidOut.width).toBeLessThan(1);
			expect(root.getAttribute('role')).toBe('group');
			expect(root.getAttribute('aria-label')).toBe(p.title.en);
			expect(doc.getElementsByTagName('text').length).toBeGreaterThan(0);
		}
	});
});

describe('the page figure without a script', () => {
	it('links each node and edge, and nothing else, to its prerendered details', () => {
		for (const { pathway: p, laidOut, records } of subjects(galleryAtlas())) {
			const doc = parseSvg(pageFigure(laidOut, { pathway: p, ...records }));
			const links = allElements(doc).filter((el) => el.tagName === 'a');
			const targets = links.map((a) => a.getAttribute('href'));
			const expected = [...laidOut.edges, ...laidOut.nodes].map((el) => `#about-${el.id}`);
			expect(targets.sort()).toEqual(expected.sort());
			for (const a of links) {
				const child = childElements(a)[0]!;
				expect(a.getAttribute('href')).toBe(
					`#about-${child.getAttribute('id')!.replace(/^(node|edge)-/, '')}`
				);
			}
		}
	});

	it('leaves exported figures and the index previews without links', () => {
		const atlas = galleryAtlas();
		const { pathway: p, laidOut, records } = subjects(atlas)[0]!;
		for (const svg of [
			renderSvg(laidOut, PAGE_FIGURE, figureContext(p, records)),
			pathwayPreview(p, atlas, 'en').svg
		]) {
			expect(svg).not.toContain('<a ');
			expect(parseSvg(svg).documentElement.getAttribute('role')).toBe('img');
		}
	});
});

describe('print theme', () => {
	it('has no coloured fill, and every line and text dark enough to read in grey', () => {
		const theme: Theme = 'print';
		for (const { pathway: p, laidOut, records } of subjects(galleryAtlas())) {
			const svg = renderSvg(laidOut, { ...FULL, theme }, figureContext(p, records));
			const doc = parseSvg(svg);
			for (const el of allElements(doc)) {
				const fill = el.getAttribute('fill');
				const stroke = el.getAttribute('stroke');
				if (fill && fill !== 'none' && fill !== '#ffffff')
					expect(contrast(fill, '#ffffff'), `${p.id} fill ${fill}`).toBeGreaterThanOrEqual(4.5);
				if (stroke)
					expect(contrast(stroke, '#ffffff'), `${p.id} stroke ${stroke}`).toBeGreaterThanOrEqual(3);
			}
		}
	});
});
