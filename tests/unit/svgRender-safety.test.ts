/** The SVG renderer's safety: escaping, hostile text kept inert, well-formed markup, determinism. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { handoutFigure } from '../../src/lib/lecture/handoutFigure.ts';
import { PAGE_FIGURE } from '../../src/lib/render/options.ts';
import { escapeAttr, escapeText } from '../../src/lib/render/svg/escape.ts';
import { pageFigure } from '../../src/lib/render/pageFigure.ts';
import { THEMES } from '../../src/lib/style/themes.ts';
import { allElements, attributesOf, galleryAtlas, parseSvg, xssAtlas } from './helpers/figures.ts';
import { FULL, pathwayOf, render } from './helpers/svgFigure.ts';

/** Every figure the tests check for safety: each pathway, theme and band of the fixture atlases. */
function everyFigure(): { name: string; svg: string }[] {
	return [galleryAtlas(), xssAtlas()].flatMap((atlas) =>
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
		expect(titles).toContain(p.title.en);
		expect(titles).toContain('<svg onload="window.__xss = 7">synapse');
		const ketamine = p.nodes.find((n) => n.id === 'ketamine')!;
		expect(titles).toContain(`${ketamine.label.en} (drug)`);
		expect(doc.documentElement.getAttribute('aria-label')).toBe(p.title.en);
	});

	it('keeps the page and handout figures (inserted as markup) inert on the hostile fixture', () => {
		const atlas = xssAtlas();
		const p = atlas.pathways[0]!;
		const laidOut = layoutPathway(p, atlas.entities);
		const data = { pathway: p, ...atlas };
		const figures = (['en', 'zh'] as const).flatMap((lang) => [
			pageFigure(laidOut, data, lang),
			handoutFigure(laidOut, data, lang)
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
		const atlas = galleryAtlas();
		const base = pathwayOf(atlas, 'every-kind');
		const hostile = {
			...base,
			title: { en: 'bell\u0007 & <tag> "quoted"' },
			nodes: base.nodes.map((n, i) => (i ? n : { ...n, label: { en: 'nul\u0000 ]]> --> <!--' } }))
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
		const atlas = galleryAtlas();
		const p = pathwayOf(atlas, 'compartments');
		const first = render(atlas, p);
		render(atlas, pathwayOf(atlas, 'every-relation'));
		vi.spyOn(Math, 'random').mockReturnValue(0.123);
		vi.spyOn(Date, 'now').mockReturnValue(0);
		vi.spyOn(Number.prototype, 'toLocaleString').mockReturnValue('1.234,5');
		expect(render(atlas, p)).toBe(first);
	});
});
