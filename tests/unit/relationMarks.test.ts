/**
 * Relations told apart at a glance: each relation its own arrowhead in the SVG and in Cytoscape.js,
 * a legend of exactly the relations drawn, and the verb on each arrow when asked for.
 */
import { describe, expect, it } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { edgeVerbsSvg, verbLayout } from '../../src/lib/render/svg/edges.ts';
import { pathwayFrame } from '../../src/lib/render/frame.ts';
import { compartmentLabelBox } from '../../src/lib/layout/compartmentBoxes.ts';
import { measureText } from '../../src/lib/layout/measureText.ts';
import { VERB_LABEL } from '../../src/lib/style/visualGrammar.ts';
import { markerSet } from '../../src/lib/render/svg/markers.ts';
import { RELATIONS } from '../../src/lib/schema/vocabulary.ts';
import { ARROW_SHAPES } from '../../src/lib/style/arrows.ts';
import { cytoscapeStyle } from '../../src/lib/style/cytoscapeStyle.ts';
import { relationArrow } from '../../src/lib/style/visualGrammar.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { RELATION_WORDS } from '../../src/lib/i18n/vocabulary/relations.ts';
import { pointAlong } from '../../src/lib/geometry/polyline.ts';
import { parseSvg, realAtlas } from './helpers/figures.ts';
import { childElements, FULL, labelLines } from './helpers/svgFigure.ts';

const groupOf = (doc: Document, name: string) =>
	[...doc.getElementsByTagName('g')].find((g) => g.getAttribute('class') === name);

describe('a mark per relation', () => {
	it('draws every relation with an SVG marker of its own', () => {
		const uses = RELATIONS.map((r) => ({ arrow: relationArrow(r), width: 1.5 }));
		const markers = markerSet('light', uses, { colour: '#000' });
		const ids = uses.map((u) => markers.idOf(u));
		expect(ids.every(Boolean)).toBe(true);
		expect(new Set(ids).size).toBe(RELATIONS.length);
		const bodies = [...markers.defs.matchAll(/<marker id="[\w-]+"([^]*?)<\/marker>/g)].map(
			(m) => m[1]
		);
		expect(new Set(bodies).size).toBe(RELATIONS.length);
	});

	it('asks Cytoscape.js for the same shape and fill as the SVG draws', () => {
		const style = cytoscapeStyle('light');
		for (const r of RELATIONS) {
			const rule = style.find((s) => s.selector === `edge[relation = "${r}"]`)!;
			const arrow = relationArrow(r);
			expect(rule.style['target-arrow-shape'], r).toBe(ARROW_SHAPES[arrow.shape].cytoscape);
			expect(rule.style['target-arrow-fill'], r).toBe(arrow.fill);
		}
	});
});

describe('the legend and the verbs of a figure', () => {
	const atlas = realAtlas();
	const figures = atlas.pathways.map((pathway) => {
		const laidOut = layoutPathway(pathway, atlas.entities);
		const draw = (options: object) =>
			parseSvg(renderSvg(laidOut, { ...FULL, ...options }, figureContext(pathway, atlas)));
		return { pathway, laidOut, draw };
	});

	it('lists exactly the relations drawn, each with the marker its arrows use', () => {
		for (const { pathway, draw } of figures) {
			const doc = draw({});
			const edges = childElements(groupOf(doc, 'figure-edges')!);
			const drawn = new Map(
				edges.map((e) => [/relation-([\w-]+)/.exec(e.getAttribute('class')!)![1]!, e])
			);
			const legend = groupOf(doc, 'figure-legend')!;
			const texts = [...legend.getElementsByTagName('text')].map((t) => labelLines(t).join(' '));
			const listed = RELATIONS.filter((r) => texts.includes(RELATION_WORDS[r].en));
			expect(listed.sort(), pathway.id).toEqual([...drawn.keys()].sort());
			const samples = [...legend.getElementsByTagName('path')].map((p) =>
				p.getAttribute('marker-end')
			);
			for (const [relation, edge] of drawn) {
				const shape = relationArrow(relation as (typeof RELATIONS)[number]).shape;
				const kind = edge.getAttribute('marker-end')!.replace(/-\d+\)$/, '');
				expect(
					samples.some((m) => m?.startsWith(kind)),
					`${pathway.id} ${relation} ${shape}`
				).toBe(true);
			}
		}
	});

	it('writes the verbs that read clear, in the figure’s language; a slide legend keeps the relations otherwise', () => {
		for (const { pathway, laidOut, draw } of figures) {
			expect(groupOf(draw({}), 'figure-verbs'), pathway.id).toBeUndefined();
			for (const lang of ['en', 'zh'] as const) {
				const verbs = childElements(groupOf(draw({ verbs: true, lang }), 'figure-verbs')!);
				const words = laidOut.edges.map((e) => RELATION_WORDS[e.relation][lang]);
				const left = [...words];
				for (const v of verbs) {
					const i = left.indexOf(v.textContent!);
					expect(i, `${pathway.id} ${v.textContent}`).toBeGreaterThanOrEqual(0);
					left.splice(i, 1);
				}
				expect(verbs.length, pathway.id).toBeGreaterThanOrEqual(words.length / 2);
				const slide = draw({ verbs: true, lang, legend: true, compactLegend: true });
				const legendTexts = [...groupOf(slide, 'figure-legend')!.getElementsByTagName('text')].map(
					(t) => labelLines(t).join(' ')
				);
				const listed = laidOut.edges.some((e) =>
					legendTexts.includes(RELATION_WORDS[e.relation][lang])
				);
				expect(listed, `${pathway.id} ${lang}`).toBe(verbs.length < words.length);
			}
			// a halo of the paper keeps each verb legible over the lines
			const group = groupOf(draw({ verbs: true }), 'figure-verbs')!;
			expect(group.getAttribute('paint-order')).toBe('stroke');
			expect(group.getAttribute('stroke')).toBe('#ffffff');
		}
	});

	/** An edge bent once: 100 units level, then 300 plumb. */
	const bentEdge = () => ({
		id: 'e',
		source: 'a',
		target: 'b',
		relation: 'blocks' as const,
		support: 'stated' as const,
		sentences: 1,
		points: [
			{ x: 0, y: 0 },
			{ x: 100, y: 0 },
			{ x: 100, y: 300 }
		]
	});

	it('places a verb at half the length of a bent path, not between its ends', () => {
		const edge = bentEdge();
		expect(pointAlong(edge.points, 0.5)).toEqual({ x: 100, y: 100 });
		const text = parseSvg(
			`<svg xmlns="http://www.w3.org/2000/svg">${verbsOf([edge], []).join('')}</svg>`
		).documentElement.getElementsByTagName('text')[0]!;
		// the middle lies on the plumb stretch: the verb stands beside the line, its left edge
		// clear of it
		const width = measureText('blocks', VERB_LABEL.size).width;
		expect(Number(text.getAttribute('x')) - width / 2).toBeGreaterThan(100);
		expect(Number(text.getAttribute('x')) - width / 2).toBeLessThan(106);
		expect(Math.abs(Number(text.getAttribute('y')) - 100)).toBeLessThan(8);
		expect(text.textContent).toBe('blocks');
	});

	it('moves a verb off a node that stands at its middle, to its longest clear stretch', () => {
		const edge = bentEdge();
		const node = {
			id: 'n',
			entity: 'n',
			label: 'n',
			lines: ['n'],
			kind: 'drug' as const,
			x: 100,
			y: 100,
			width: 60,
			height: 30
		};
		const text = parseSvg(
			`<svg xmlns="http://www.w3.org/2000/svg">${verbsOf([edge], [node]).join('')}</svg>`
		).documentElement.getElementsByTagName('text')[0]!;
		// the longest stretch is the plumb one; beside its middle (100, 150) is clear of the node
		expect(Number(text.getAttribute('x'))).toBeGreaterThan(100);
		expect(Math.abs(Number(text.getAttribute('y')) - 150)).toBeLessThan(8);
	});

	it('keeps a verb off a compartment title', () => {
		const edge = bentEdge();
		// a compartment whose title band sits where the verb would stand beside the middle
		const compartment = {
			id: 'c',
			label: 'A compartment with a long title',
			kind: 'cell',
			x: 160,
			y: 182,
			width: 300,
			height: 200
		};
		const title = compartmentLabelBox(compartment);
		expect(Math.abs(title.y - 100)).toBeLessThan(2);
		const text = parseSvg(
			`<svg xmlns="http://www.w3.org/2000/svg">${verbsOf([edge], [], [compartment]).join('')}</svg>`
		).documentElement.getElementsByTagName('text')[0]!;
		const y = Number(text.getAttribute('y'));
		expect(Math.abs(y - title.y)).toBeGreaterThan(title.height / 2);
	});

	it('keeps two verbs that would meet apart', () => {
		const edge = (id: string, y: number) => ({
			id,
			source: 'a',
			target: 'b',
			relation: 'increases' as const,
			support: 'stated' as const,
			sentences: 1,
			points: [
				{ x: 0, y },
				{ x: 200, y },
				{ x: 200, y: y + 400 }
			]
		});
		const texts = parseSvg(
			`<svg xmlns="http://www.w3.org/2000/svg">${verbsOf([edge('a', 0), edge('b', 4)], []).join('')}</svg>`
		).documentElement.getElementsByTagName('text');
		const ys = [0, 1].map((i) => Number(texts[i]!.getAttribute('y')));
		const xs = [0, 1].map((i) => Number(texts[i]!.getAttribute('x')));
		expect(Math.abs(ys[0]! - ys[1]!) > 10 || Math.abs(xs[0]! - xs[1]!) > 40).toBe(true);
	});

	it('writes every verb of every curated figure inside it, clear of nodes and of the other verbs', () => {
		const atlas = realAtlas();
		for (const p of atlas.pathways)
			for (const lang of ['en', 'zh'] as const) {
				const laidOut = layoutPathway(p, atlas.entities);
				const frame = pathwayFrame(laidOut);
				const places = verbLayout(laidOut.edges, laidOut.nodes, lang, laidOut.compartments, frame);
				expect(places.size, p.id).toBeGreaterThanOrEqual(laidOut.edges.length / 2);
				const boxes = laidOut.edges.flatMap((e) => {
					const at = places.get(e.id);
					if (!at) return [];
					const { width, height } = measureText(RELATION_WORDS[e.relation][lang], VERB_LABEL.size);
					return {
						id: e.id,
						x1: at.x - width / 2,
						y1: at.y - height / 2,
						x2: at.x + width / 2,
						y2: at.y + height / 2
					};
				});
				const meet = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
				for (const v of boxes) {
					const where = `${p.id} (${lang}) ${v.id}`;
					expect(v.x1 >= frame.x && v.x2 <= frame.x + frame.width, where).toBe(true);
					expect(v.y1 >= frame.y && v.y2 <= frame.y + frame.height, where).toBe(true);
					const under = laidOut.nodes.filter((n) =>
						meet(v, {
							x1: n.x - n.width / 2,
							y1: n.y - n.height / 2,
							x2: n.x + n.width / 2,
							y2: n.y + n.height / 2
						})
					);
					expect(
						under.map((n) => n.id),
						where
					).toEqual([]);
					const others = boxes.filter((o) => o !== v && meet(v, o));
					expect(
						others.map((o) => o.id),
						where
					).toEqual([]);
				}
			}
	});
});

interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** The verbs of these edges as the renderer writes them, placed among these nodes and boxes. */
function verbsOf(
	edges: Parameters<typeof verbLayout>[0],
	nodes: Parameters<typeof verbLayout>[1],
	compartments: Parameters<typeof verbLayout>[3] = []
): string[] {
	return edgeVerbsSvg(edges, verbLayout(edges, nodes, 'en', compartments), 'en');
}
