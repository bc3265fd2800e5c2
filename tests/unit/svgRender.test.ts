import { afterEach, describe, expect, it, vi } from 'vitest';
import { svgFacts } from '../../bench/svgFacts.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { LaidOutPathway } from '../../src/lib/layout/types.ts';
import type { Atlas, Pathway } from '../../src/lib/model/atlas.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { PAGE_FIGURE, type SvgOptions } from '../../src/lib/render/options.ts';
import { pageFigure, thumbnailFigure } from '../../src/lib/server/pageFigure.ts';
import { handoutFigure } from '../../src/lib/lecture/handoutFigure.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { pathwayFrame } from '../../src/lib/render/frame.ts';
import { stepIds } from '../../src/lib/render/scope.ts';
import { escapeAttr, escapeText } from '../../src/lib/render/svg/escape.ts';
import { compactPath } from '../../src/lib/render/svg/pathData.ts';
import { contrast } from '../../src/lib/style/colour.ts';
import { NODE_SHAPES, shapeSvgPath, type NodeShape } from '../../src/lib/geometry/shapes.ts';
import { THEMES, type Theme } from '../../src/lib/style/themes.ts';
import { legend, nodePaint } from '../../src/lib/style/visualGrammar.ts';
import {
	allElements,
	attributesOf,
	parseSvg,
	realAtlas,
	subjects,
	xssAtlas
} from './helpers/figures.ts';

const FULL: SvgOptions = { ...PAGE_FIGURE, legend: true, citations: true, title: true };

function render(atlas: Atlas, pathway: Pathway, options: Partial<SvgOptions> = {}) {
	const laid = layoutPathway(pathway, atlas.entities);
	return renderSvg(laid, { ...FULL, ...options }, figureContext(pathway, atlas));
}

const pathway = (atlas: Atlas, id: string) => atlas.pathways.find((p) => p.id === id)!;
const ids = (doc: Document, prefix: string) =>
	allElements(doc)
		.map((el) => el.getAttribute('id') ?? '')
		.filter((id) => id.startsWith(prefix))
		.map((id) => id.slice(prefix.length));

const childElements = (el: Element): Element[] =>
	Array.from(el.childNodes).filter((c): c is Element => c.nodeType === 1);

/** A `<text>`'s lines: its own text, then each `<tspan>`'s. */
const labelLines = (text: Element): string[] =>
	Array.from(text.childNodes)
		.map((c) => c.textContent ?? '')
		.filter(Boolean);

/** Every point a path passes through or curves towards, absolute, whichever way it is written. */
function pathPoints(d: string): number[] {
	const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, q: 4, a: 7, z: 0 };
	const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g)!;
	const out: number[] = [];
	let [x, y, x0, y0] = [0, 0, 0, 0];
	let cmd = '';
	for (let i = 0; i < tokens.length;) {
		if (/[A-Za-z]/.test(tokens[i]!)) cmd = tokens[i++]!;
		const lower = cmd.toLowerCase();
		const rel = cmd === lower;
		const a = tokens.slice(i, i + arity[lower]!).map(Number);
		i += a.length;
		const px = (v: number) => (rel ? x + v : v);
		const py = (v: number) => (rel ? y + v : v);
		if (lower === 'z') [x, y] = [x0, y0];
		else if (lower === 'h') x = px(a[0]!);
		else if (lower === 'v') y = py(a[0]!);
		else if (lower === 'a') [x, y] = [px(a[5]!), py(a[6]!)];
		else if (lower === 'q') {
			out.push(px(a[0]!), py(a[1]!));
			[x, y] = [px(a[2]!), py(a[3]!)];
		} else [x, y] = [px(a[0]!), py(a[1]!)];
		if (lower === 'm') [x0, y0] = [x, y];
		if (lower !== 'z') out.push(x, y);
		if (lower === 'm') cmd = rel ? 'l' : 'L';
	}
	return out;
}

/** What the drawn shape covers, by kind of element. */
function drawnBox(el: Element): Record<string, number | number[]> {
	const n = (name: string) => Number(el.getAttribute(name) ?? 0);
	if (el.tagName === 'ellipse') return { cx: n('cx'), cy: n('cy'), rx: n('rx'), ry: n('ry') };
	if (el.tagName === 'rect')
		return {
			left: n('x'),
			top: n('y'),
			right: n('x') + n('width'),
			bottom: n('y') + n('height'),
			rx: n('rx')
		};
	return { points: pathPoints(el.getAttribute('d')!) };
}

/** What the shape should cover, in the same terms, unrounded. */
function expectedBox(
	shape: NodeShape,
	cx: number,
	cy: number,
	w: number,
	h: number
): Record<string, number | number[]> {
	if (shape === 'ellipse') return { cx, cy, rx: w / 2, ry: h / 2 };
	if (shape === 'rectangle' || shape === 'round-rectangle')
		return {
			left: cx - w / 2,
			top: cy - h / 2,
			right: cx + w / 2,
			bottom: cy + h / 2,
			rx: shape === 'rectangle' ? 0 : Math.min(w / 4, h / 4, 8)
		};
	return { points: pathPoints(shapeSvgPath(shape, cx, cy, w, h)) };
}

/** Equal but for rounding to one decimal: every number within 0.06 (float error included). */
function expectRounded(
	actual: Record<string, number | number[]>,
	expected: typeof actual,
	name: string
) {
	expect(Object.keys(actual), name).toEqual(Object.keys(expected));
	for (const [k, v] of Object.entries(expected)) {
		const want = [v].flat();
		const got = [actual[k]!].flat();
		expect(got.length, `${name} ${k}`).toBe(want.length);
		got.forEach((g, i) => expect(Math.abs(g - want[i]!), `${name} ${k}[${i}]`).toBeLessThan(0.06));
	}
}

/** Every figure the tests check for safety: each pathway, theme and band, of both atlases. */
function everyFigure(): { name: string; svg: string }[] {
	return [realAtlas(), xssAtlas()].flatMap((atlas) =>
		atlas.pathways.flatMap((p) =>
			THEMES.flatMap((theme) =>
				[FULL, { ...PAGE_FIGURE, theme }, { ...FULL, scope: 'step' as const, step: 1 }].map(
					(o) => ({ name: `${p.id} ${theme} ${o.scope}`, svg: render(atlas, p, { ...o, theme }) })
				)
			)
		)
	);
}

describe('escaping', () => {
	it('escapes markup in text and attributes, and drops characters XML forbids', () => {
		expect(escapeText('<script>&"\'')).toBe('&lt;script&gt;&amp;"\'');
		expect(escapeAttr('a"b\'c<d>&\n')).toBe('a&quot;b&apos;c&lt;d&gt;&amp;&#10;');
		expect(escapeText('a\u0000b\u0001c\u001fd\ud800e\uffff')).toBe('abcde');
		expect(escapeText('emoji 😀 stays')).toBe('emoji 😀 stays');
	});

	it('draws the hostile fixture as inert text: no tag of its own reaches the markup', () => {
		const atlas = xssAtlas();
		const p = atlas.pathways[0]!;
		const svg = render(atlas, p, { scope: 'pathway' });
		for (const tag of ['<script', '<img', '<iframe', '<a ', '<b ', '<svg onload'])
			expect(svg).not.toContain(tag);
		const doc = parseSvg(svg);
		const titles = allElements(doc)
			.filter((el) => el.tagName === 'title')
			.map((el) => el.textContent);
		expect(titles).toContain(p.title);
		expect(titles).toContain('<svg onload="window.__xss = 7">synapse');
		const ketamine = p.nodes.find((n) => n.id === 'ketamine')!;
		expect(titles).toContain(`${ketamine.label} (drug)`);
		expect(doc.documentElement.getAttribute('aria-label')).toBe(p.title);
	});

	it('keeps the page and handout figures (inserted as markup) inert on the hostile fixture', () => {
		const atlas = xssAtlas();
		const p = atlas.pathways[0]!;
		const laid = layoutPathway(p, atlas.entities);
		const data = { pathway: p, ...atlas };
		const figures = (['en', 'zh'] as const).flatMap((lang) => [
			pageFigure(laid, data, lang),
			handoutFigure(laid, data, lang)
		]);
		expect(figures[2]).toContain('快速作用');
		for (const svg of figures) {
			for (const tag of ['<script', '<img', '<iframe', '<b ', '<svg onload'])
				expect(svg).not.toContain(tag);
			const links = allElements(parseSvg(svg)).filter((el) => el.tagName === 'a');
			for (const a of links) expect(a.getAttribute('href')).toMatch(/^#about-[\w-]+$/);
		}
	});

	it('keeps a label with control characters well-formed', () => {
		const atlas = realAtlas();
		const base = pathway(atlas, 'ketamine-nmda-block');
		const hostile = {
			...base,
			title: 'bell\u0007 & <tag> "quoted"',
			nodes: base.nodes.map((n, i) => (i ? n : { ...n, label: 'nul\u0000 ]]> --> <!--' }))
		};
		const doc = parseSvg(render(atlas, hostile));
		expect(doc.documentElement.getAttribute('aria-label')).toBe('bell & <tag> "quoted"');
	});
});

describe('every figure is safe, well-formed SVG', () => {
	const figures = everyFigure();

	it('parses as XML, with no script, event attribute, foreign object or outside link', () => {
		for (const { name, svg } of figures) {
			const doc = parseSvg(svg);
			expect(doc.documentElement.tagName, name).toBe('svg');
			for (const el of allElements(doc)) {
				expect(['script', 'foreignObject', 'iframe', 'image', 'a', 'use'], name).not.toContain(
					el.tagName
				);
				for (const attr of attributesOf(el)) {
					expect(attr.name, `${name} <${el.tagName}>`).not.toMatch(/^on/i);
					expect(attr.name, name).not.toMatch(/href$/i);
					if (attr.value.includes('url(')) expect(attr.value, name).toMatch(/^url\(#[\w-]+\)$/);
					if (attr.name !== 'xmlns') expect(attr.value, name).not.toMatch(/https?:|javascript:/i);
				}
			}
			expect(svg, name).not.toMatch(/@import|<style/i);
		}
	});

	it('writes every coordinate with at most one decimal', () => {
		for (const { name, svg } of figures) {
			const attributes = svg.match(/ [\w-]+="[^"]*"/g)!.join('');
			expect(attributes.match(/\d\.\d\d/g), name).toBeNull();
		}
	});

	it('defines every marker it uses, and uses every marker it defines', () => {
		for (const { name, svg } of figures) {
			const used = new Set([...svg.matchAll(/marker-end="url\(#([\w-]+)\)"/g)].map((m) => m[1]));
			const defined = new Set([...svg.matchAll(/<marker id="([\w-]+)"/g)].map((m) => m[1]));
			expect(used, name).toEqual(defined);
		}
	});
});

describe('determinism', () => {
	afterEach(() => vi.restoreAllMocks());

	it('gives byte-identical output whatever the clock, the random numbers or the locale', () => {
		const atlas = realAtlas();
		const p = pathway(atlas, 'molecular-targets');
		const first = render(atlas, p);
		render(atlas, pathway(atlas, 'sigma-1-modulation'));
		vi.spyOn(Math, 'random').mockReturnValue(0.123);
		vi.spyOn(Date, 'now').mockReturnValue(0);
		vi.spyOn(Number.prototype, 'toLocaleString').mockReturnValue('1.234,5');
		expect(render(atlas, p)).toBe(first);
	});
});

describe('geometry shared with Cytoscape', () => {
	it('draws each node at its laid-out box with the shortest element, labels as text lines', () => {
		const atlas = realAtlas();
		for (const id of ['ketamine-disinhibition', 'sigma-1-modulation']) {
			const p = pathway(atlas, id);
			const laid = layoutPathway(p, atlas.entities);
			const doc = parseSvg(renderSvg(laid, PAGE_FIGURE, figureContext(p, atlas)));
			for (const n of laid.nodes) {
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
		const atlas = realAtlas();
		const p = pathway(atlas, 'molecular-targets');
		const doc = parseSvg(render(atlas, p));
		for (const e of layoutPathway(p, atlas.entities).edges) {
			const path = allElements(doc).find((el) => el.getAttribute('id') === `edge-${e.id}`)!;
			expect(path.tagName).toBe('path');
			expect(path.getAttribute('class')).toBe(`edge relation-${e.relation} support-${e.support}`);
			expect(path.getAttribute('stroke-dasharray') ?? '').toBe(
				{ stated: '', listed: '8 5', background: '0.5 7' }[e.support]
			);
		}
	});

	it('frames the page figure exactly on the laid-out box, with an accessible name', () => {
		for (const { pathway: p, laid, records } of subjects(realAtlas())) {
			const doc = parseSvg(pageFigure(laid, { pathway: p, ...records }));
			const frame = pathwayFrame(laid);
			const root = doc.documentElement;
			expect(root.getAttribute('viewBox')).toBe(`0 0 ${frame.width} ${frame.height}`);
			expect(frame.width - laid.width).toBeLessThan(1);
			expect(root.getAttribute('role')).toBe('group');
			expect(root.getAttribute('aria-label')).toBe(p.title);
			expect(doc.getElementsByTagName('text').length).toBeGreaterThan(0);
		}
	});
});

describe('the page figure without a script', () => {
	it('links each node and edge, and nothing else, to its prerendered details', () => {
		for (const { pathway: p, laid, records } of subjects(realAtlas())) {
			const doc = parseSvg(pageFigure(laid, { pathway: p, ...records }));
			const links = allElements(doc).filter((el) => el.tagName === 'a');
			const targets = links.map((a) => a.getAttribute('href'));
			const expected = [...laid.edges, ...laid.nodes].map((el) => `#about-${el.id}`);
			expect(targets.sort()).toEqual(expected.sort());
			for (const a of links) {
				const child = childElements(a)[0]!;
				expect(a.getAttribute('href')).toBe(
					`#about-${child.getAttribute('id')!.replace(/^(node|edge)-/, '')}`
				);
			}
		}
	});

	it('leaves exported figures and the index thumbnails without links', () => {
		const { pathway: p, laid, records } = subjects(realAtlas())[0]!;
		for (const svg of [
			renderSvg(laid, PAGE_FIGURE, figureContext(p, records)),
			thumbnailFigure(laid, { pathway: p, ...records })
		]) {
			expect(svg).not.toContain('<a ');
			expect(parseSvg(svg).documentElement.getAttribute('role')).toBe('img');
		}
	});
});

describe('scopes', () => {
	const atlas = realAtlas();
	const p = pathway(atlas, 'ketamine-disinhibition');
	const laid: LaidOutPathway = layoutPathway(p, atlas.entities);
	const context = figureContext(p, atlas);

	it('shows at step n exactly the elements of steps 1..n, in the same frame', () => {
		expect(p.steps.length).toBeGreaterThan(2);
		for (let n = 0; n <= p.steps.length; n++) {
			const svg = renderSvg(laid, { ...FULL, scope: 'step', step: n }, context);
			const doc = parseSvg(svg);
			const shown = stepIds(context, n);
			expect(new Set(ids(doc, 'node-'))).toEqual(
				new Set(laid.nodes.filter((x) => shown.has(x.id)).map((x) => x.id))
			);
			expect(new Set(ids(doc, 'edge-'))).toEqual(
				new Set(laid.edges.filter((x) => shown.has(x.id)).map((x) => x.id))
			);
			for (const c of ids(doc, 'compartment-')) {
				const members = laid.nodes.filter((x) => shown.has(x.id) && x.compartment);
				const around = (id: string) =>
					members.some((m) => {
						for (let at = m.compartment; at;)
							if (at === id) return true;
							else at = laid.compartments.find((k) => k.id === at)?.parent;
						return false;
					});
				expect(shown.has(c) || around(c), c).toBe(true);
			}
			const band = /viewBox="(\S+) \S+ (\S+)/.exec(svg)!;
			expect(Number(band[1])).toBeLessThanOrEqual(0);
			if (n) expect(svg).toContain(`Step ${n} of ${p.steps.length}`);
		}
	});

	it('cites in the footer only what the shown elements cite', () => {
		const first = renderSvg(laid, { ...FULL, scope: 'step', step: 1 }, context);
		const all = renderSvg(laid, FULL, context);
		const cited = (svg: string) => [...svg.matchAll(/doi:([^<\s]+)/g)].map((m) => m[1]);
		expect(cited(first).length).toBeGreaterThan(0);
		expect(cited(first).length).toBeLessThan(cited(all).length);
		const firstIds = stepIds(context, 1);
		const keys = new Set([...firstIds].flatMap((id) => context.cites[id] ?? []));
		expect(cited(first)).toEqual([...keys].map((k) => context.records[k]!.doi));
	});

	it('clips a viewport and leaves out what lies wholly outside it', () => {
		const target = laid.nodes[0]!;
		const viewport = {
			x: target.x - target.width,
			y: target.y - target.height,
			width: 2 * target.width,
			height: 2 * target.height
		};
		const svg = renderSvg(laid, { ...PAGE_FIGURE, scope: 'viewport', viewport }, context);
		const doc = parseSvg(svg);
		const shown = ids(doc, 'node-');
		expect(shown).toContain(target.id);
		expect(shown.length).toBeLessThan(laid.nodes.length);
		for (const id of shown) {
			const n = laid.nodes.find((x) => x.id === id)!;
			expect(Math.abs(n.x - target.x)).toBeLessThan(target.width + n.width / 2 + 1);
		}
		expect(doc.getElementsByTagName('clipPath').length).toBe(1);
		const [x, y, w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
		expect([x, y]).toEqual([Math.floor(viewport.x), Math.floor(viewport.y)]);
		expect(w).toBeGreaterThanOrEqual(viewport.width);
		expect(h).toBeGreaterThanOrEqual(viewport.height);
	});

	it('sizes the output as asked, keeping the aspect ratio, the viewBox in model units', () => {
		const svg = renderSvg(laid, { ...PAGE_FIGURE, width: 200 }, context);
		const frame = pathwayFrame(laid);
		expect(svg).toContain(`viewBox="0 0 ${frame.width} ${frame.height}"`);
		expect(svg).toContain(' width="200"');
		const height = Number(/ height="([^"]+)"/.exec(svg)![1]);
		expect(height).toBeCloseTo((200 * frame.height) / frame.width, 0);
	});
});

describe('bands', () => {
	const atlas = realAtlas();
	const p = pathway(atlas, 'molecular-targets');
	const laid = layoutPathway(p, atlas.entities);
	const context = figureContext(p, atlas);

	it('draws the legend from the same model as the on-screen legend', () => {
		for (const theme of THEMES) {
			const doc = parseSvg(renderSvg(laid, { ...FULL, theme }, context));
			const band = allElements(doc).find((el) => el.getAttribute('class') === 'figure-legend')!;
			const labels = Array.from(band.getElementsByTagName('text'), (t) => t.textContent);
			const model = legend(theme, laid);
			expect(labels).toEqual([
				...model.kinds.map((k) => k.label),
				...model.relations.map((r) => r.label),
				...model.supports.map((s) => s.label),
				...model.widths.map((w) => w.label)
			]);
		}
	});

	it('lists authors, year, journal and DOI, marking what the source page does not give', () => {
		const svg = renderSvg(laid, FULL, context);
		const footer = parseSvg(svg);
		const text = allElements(footer)
			.filter((el) => el.getAttribute('class') === 'figure-citations')
			.map((el) => el.textContent)
			.join(' ');
		expect(text).toContain('Niciu MJ, Henter ID');
		expect(text).toContain('2014');
		expect(text).toContain('Annu Rev Pharmacol Toxicol');
		expect(text).toContain('10.1146/');
		expect(text).toContain('Charney DS*');
		expect(text).toContain('Not given on the source page');
	});

	it('leaves out title, legend and footer when asked, and the background for a transparent PNG', () => {
		const svg = renderSvg(laid, { ...PAGE_FIGURE, background: false }, context);
		expect(svg).not.toMatch(/figure-(title|legend|citations|background)/);
	});
});

describe('compact markup', () => {
	const figures = subjects(realAtlas()).flatMap(({ pathway: p, laid, records }) =>
		THEMES.map((theme) => ({
			name: `${p.id} ${theme}`,
			laid,
			svg: renderSvg(laid, { ...FULL, theme }, figureContext(p, records))
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
		for (const { name, laid, svg } of figures) {
			const facts = svgFacts(svg, laid);
			expect(facts.labelsAsText, name).toBe(facts.labels);
			expect(facts.elementsWithIdAndClass, name).toBe(facts.diagramElements);
			const doc = parseSvg(svg);
			for (const n of laid.nodes.filter((x) => x.lines.length === 1)) {
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
		const { svg } = figures.find((f) => f.name === 'clinical-context light')!;
		// tees do not grow with the line until it is much wider: both widths use one marker
		expect(svg).toContain('relation-decreases');
		expect(svg.match(/<marker id="arrow-light-tee-/g)).toHaveLength(1);
	});
});

describe('print theme', () => {
	it('has no coloured fill, and every line and text dark enough to read in grey', () => {
		const theme: Theme = 'print';
		for (const { pathway: p, laid, records } of subjects(realAtlas())) {
			const svg = renderSvg(laid, { ...FULL, theme }, figureContext(p, records));
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
