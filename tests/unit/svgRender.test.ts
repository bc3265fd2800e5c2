import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { LaidOutPathway } from '../../src/lib/layout/types.ts';
import type { Atlas, Pathway } from '../../src/lib/model/atlas.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { PAGE_FIGURE, type SvgOptions } from '../../src/lib/render/options.ts';
import { pageFigure } from '../../src/lib/render/pageFigure.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { pathwayFrame, stepIds } from '../../src/lib/render/scope.ts';
import { escapeAttr, escapeText } from '../../src/lib/render/svg/escape.ts';
import { roundPath } from '../../src/lib/render/svg/markup.ts';
import { contrast } from '../../src/lib/style/colour.ts';
import { shapeSvgPath } from '../../src/lib/style/shapes.ts';
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
	it('draws each node with shapeSvgPath at its laid-out box, labels as text lines', () => {
		const atlas = realAtlas();
		const p = pathway(atlas, 'ketamine-disinhibition');
		const laid = layoutPathway(p, atlas.entities);
		const doc = parseSvg(renderSvg(laid, PAGE_FIGURE, figureContext(p, atlas)));
		for (const n of laid.nodes) {
			const g = allElements(doc).find((el) => el.getAttribute('id') === `node-${n.id}`)!;
			expect(g.getAttribute('class')).toBe(`node kind-${n.kind}`);
			const paint = nodePaint(n.kind, 'light');
			const path = g.getElementsByTagName('path')[0]!;
			const d = roundPath(shapeSvgPath(paint.shape, n.x, n.y, n.width, n.height));
			if (paint.borderStyle === 'solid') expect(path.getAttribute('d')).toBe(d);
			const lines = Array.from(g.getElementsByTagName('tspan'), (t) => t.textContent);
			expect(lines).toEqual(n.lines);
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
			expect(root.getAttribute('role')).toBe('img');
			expect(root.getAttribute('aria-label')).toBe(p.title);
			expect(doc.getElementsByTagName('text').length).toBeGreaterThan(0);
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
			const labels = Array.from(band.getElementsByTagName('tspan'), (t) => t.textContent);
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
