/** Compact SVG markup: short paths, labels as text, shared attributes on groups, one marker each. */
import { describe, expect, it } from 'vitest';
import { svgFacts } from '../../bench/svgFacts.ts';
import { NODE_SHAPES, shapeSvgPath } from '../../src/lib/geometry/shapes.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { markerSet } from '../../src/lib/render/svg/markers.ts';
import { compactPath } from '../../src/lib/render/svg/pathData.ts';
import { THEMES } from '../../src/lib/style/themes.ts';
import { allElements, galleryAtlas, parseSvg, subjects } from './helpers/figures.ts';
import { childElements, FULL } from './helpers/svgFigure.ts';
import { pathPoints } from './helpers/svgShapes.ts';

describe('compact markup', () => {
	const figures = subjects(galleryAtlas()).flatMap(({ pathway: p, laidOut, records }) =>
		THEMES.map((theme) => ({
			name: `${p.id} ${theme}`,
			laidOut,
			svg: renderSvg(laidOut, { ...FULL, theme }, figureContext(p, records))
		}))
	);
	const group = (doc: Document, name: string) =>
		allElements(doc).find((el) => el.getAttribute('class') === name)!;

	it('writes paths short, through the same rounded points as the absolute path', () => {
		expect(compactPath('M 10 20 L 30 20 L 30 45.06 L 12.96 45.04 Z')).toBe('M10 20H30V45.1L13 45z');
		expect(compactPath('M 500 500 L 498.5 497 L 501 497')).toBe('M500 500l-1.5-3H501');
		// a repeated command is not written again; a minus sign separates numbers
		expect(compactPath('M 0 0 L -10 -10 L -20 -20 L -10 -25')).toBe('M0 0L-10-10-20-20l10-5');
		expect(compactPath('M 0 0 A 8 8 0 0 1 8 8 Q 9 9 10 10')).toBe('M0 0A8 8 0 0 1 8 8q1 1 2 2');
		for (const shape of NODE_SHAPES) {
			const d = shapeSvgPath(shape, 312.345, 87.65, 123.4, 41.7);
			const rounded = pathPoints(d).map((v) => Math.round(v * 10) / 10);
			pathPoints(compactPath(d)).forEach((v, i) => expect(v, shape).toBeCloseTo(rounded[i]!, 9));
		}
	});

	it('keeps every node label as <text>, one line without a <tspan>, and an id and class on every element', () => {
		for (const { name, laidOut, svg } of figures) {
			const facts = svgFacts(svg, laidOut);
			expect(facts.labelsAsText, name).toBe(facts.labels);
			expect(facts.elementsWithIdAndClass, name).toBe(facts.diagramElements);
			const doc = parseSvg(svg);
			for (const n of laidOut.nodes.filter((x) => x.lines.length === 1)) {
				const g = allElements(doc).find((el) => el.getAttribute('id') === `node-${n.id}`)!;
				const text = childElements(g).find((el) => el.tagName === 'text')!;
				expect(text.getElementsByTagName('tspan').length, n.id).toBe(0);
				expect(text.textContent, n.id).toBe(n.lines[0]);
			}
		}
	});

	it('writes what a layer shares once, on its group, and on each element only what differs', () => {
		for (const { name, svg } of figures) {
			const doc = parseSvg(svg);
			const edges = group(doc, 'figure-edges');
			expect(edges.getAttribute('fill'), name).toBe('none');
			expect(edges.getAttribute('stroke'), name).toMatch(/^#/);
			expect(edges.getAttribute('stroke-width'), name).toMatch(/^[\d.]+$/);
			for (const e of childElements(edges)) {
				for (const attr of ['fill', 'stroke']) expect(e.hasAttribute(attr), name).toBe(false);
				expect(e.getAttribute('stroke-width'), name).not.toBe(edges.getAttribute('stroke-width'));
			}
			const nodes = group(doc, 'figure-nodes');
			expect(nodes.getAttribute('font-size'), name).toBe('14');
			expect(nodes.getAttribute('text-anchor'), name).toBe('middle');
			for (const text of Array.from(nodes.getElementsByTagName('text'))) {
				for (const attr of ['font-size', 'text-anchor'])
					expect(text.hasAttribute(attr)).toBe(false);
				expect(text.getAttribute('fill'), name).not.toBe(nodes.getAttribute('fill'));
			}
			const shapes = Array.from(nodes.getElementsByTagName('*')).filter((el) =>
				['rect', 'ellipse', 'path'].includes(el.tagName)
			);
			for (const shape of shapes)
				expect(shape.getAttribute('stroke-width'), name).not.toBe(
					nodes.getAttribute('stroke-width')
				);
		}
	});

	it('draws each arrowhead once, however many line widths share it', () => {
		for (const { name, svg } of figures) {
			const bodies = [...svg.matchAll(/<marker id="[\w-]+"([^]*?)<\/marker>/g)].map((m) => m[1]);
			expect(new Set(bodies).size, name).toBe(bodies.length);
		}
		// tees do not grow with the line until it is much wider: both widths use one marker
		const tee = { shape: 'tee', fill: 'filled' } as const;
		const uses = [1.5, 2].map((width) => ({ arrow: tee, width }));
		const markers = markerSet('light', uses, { colour: '#000' });
		expect(markers.defs.match(/<marker /g)).toHaveLength(1);
		expect(markers.idOf(uses[1]!)).toBe(markers.idOf(uses[0]!));
	});
});
