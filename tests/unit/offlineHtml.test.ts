/** The one-file export's writer: a CSP that allows only what it carries, nothing fetched, curated text inert. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pathwayHtmlFile } from '../../src/lib/offline/node/htmlFile.ts';
import { EXPORT_FORMATS } from '../../src/lib/export/formats.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { Atlas } from '../../src/lib/model/atlas.ts';
import { citationLinks, citationWord } from '../../src/lib/view/citation.ts';
import { pathwayPageData } from '../../src/lib/view/pathwayPage.ts';
import { galleryAtlas, realAtlas, xssAtlas } from './helpers/figures.ts';

const fileOf = (atlas: Atlas, lang: 'en' | 'zh' = 'en', url?: string) => {
	const pathway = atlas.pathways[0]!;
	return pathwayHtmlFile(
		layoutPathway(pathway, atlas.entities),
		pathwayPageData(atlas, pathway),
		lang,
		{
			date: '2025-01-02',
			...(url ? { url } : {})
		}
	);
};

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inline = (html: string, tag: 'style' | 'script') =>
	[...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

/** The ceilings for the cascade's file: 1 MB in English, 1.5 MB in Chinese. */
const CEILING = { en: 1_000_000, zh: 1_500_000 } as const;

describe('the one-file export', () => {
	it("keeps the cascade's file within its size, in English and in Chinese", async () => {
		const atlas = realAtlas();
		const pathway = atlas.pathways.find((p) => p.id === 'ketamine-disinhibition')!;
		for (const lang of ['en', 'zh'] as const) {
			const html = await pathwayHtmlFile(
				layoutPathway(pathway, atlas.entities),
				pathwayPageData(atlas, pathway),
				lang,
				{ date: '2025-01-02' }
			);
			expect(Buffer.byteLength(html), lang).toBeLessThanOrEqual(CEILING[lang]);
		}
	});

	it('is registered as a CLI format named <id>.html', () => {
		expect(EXPORT_FORMATS.html.fileName('x.zh')).toBe('x.zh.html');
		expect(EXPORT_FORMATS.html.offered).toContain('cli');
	});

	it('carries a CSP that allows its own inline style and script, by hash, and nothing else', async () => {
		const html = await fileOf(galleryAtlas());
		const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/
			.exec(html)?.[1]
			?.replace(/&apos;/g, "'");
		expect(csp).toBeDefined();
		expect(csp).toContain("default-src 'none'");
		const [style] = inline(html, 'style');
		const [script] = inline(html, 'script');
		expect(csp).toContain(`style-src ${hashOf(style!)}`);
		expect(csp).toContain(`script-src ${hashOf(script!)}`);
		expect(csp).not.toContain('unsafe');
		expect(inline(html, 'style')).toHaveLength(1);
		expect(inline(html, 'script')).toHaveLength(1);
	});

	it('asks no address for anything: fonts are data, no src, no stylesheet link', async () => {
		const html = await fileOf(galleryAtlas(), 'zh');
		expect(html).not.toMatch(/\ssrc=/);
		expect(html).not.toMatch(/<link\b/);
		expect(html).not.toMatch(/\bimport\b|fetch\(|XMLHttpRequest/);
		for (const [, url] of html.matchAll(/url\(([^)]*)\)/g))
			expect(url).toMatch(/^data:font\/woff2;base64,|^#/);
		// Chinese glyphs come along, subset: a few slices, each a small part of its font
		expect(html.match(/@font-face/g)!.length).toBeGreaterThan(1);
		// every address outside the file is a link a reader may follow, never a resource
		const external = [...html.matchAll(/(\S{0,12})https?:\/\//g)].map((m) => m[1]);
		for (const before of external) expect(before).toMatch(/href="$|xmlns="$/);
	});

	it('carries the superscripts its labels use (the ⁺ of Ca²⁺) as a face of their own', async () => {
		const atlas = realAtlas();
		const pathway = atlas.pathways.find((p) => p.id === 'sigma-1-modulation')!;
		const html = await pathwayHtmlFile(
			layoutPathway(pathway, atlas.entities),
			pathwayPageData(atlas, pathway),
			'en',
			{ date: '2025-01-02' }
		);
		expect(html).toMatch(/unicode-range: U\+207A;/);
	});

	it('says which atlas, version and date, and links to the atlas when it has an address', async () => {
		const plain = await fileOf(galleryAtlas());
		expect(plain).toMatch(/Mechanism Atlas, version \d+\.\d+\.\d+, made on 2025-01-02/);
		const linked = await fileOf(galleryAtlas(), 'en', 'https://example.org/atlas/');
		expect(linked).toContain('<a href="https://example.org/atlas/">Open the atlas</a>');
	});

	it('writes hostile curated text as text, in both languages', async () => {
		for (const lang of ['en', 'zh'] as const) {
			const html = await fileOf(xssAtlas(), lang);
			const body = html.slice(html.indexOf('<body>'), html.lastIndexOf('<script>'));
			for (const tag of ['<script>window', '<img', '<svg onload', '<a href="javascript'])
				expect(body).not.toContain(tag);
			expect(body).toContain('&lt;script&gt;window.__xss');
			expect(html.match(/<script>/g)).toHaveLength(1);
		}
	});
});

describe("the one-file export's citations", () => {
	it('name each record as the page does, in the reader’s language, marking an unconfirmed one once', async () => {
		const atlas = realAtlas();
		const pathway = atlas.pathways.find((p) => p.id === 'ketamine-disinhibition')!;
		const data = pathwayPageData(atlas, pathway);
		for (const lang of ['en', 'zh'] as const) {
			const html = await pathwayHtmlFile(layoutPathway(pathway, atlas.entities), data, lang, {
				date: '2025-01-02'
			});
			const cites = [...html.matchAll(/<p class="cite">([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
			expect(cites.length).toBeGreaterThan(10);
			expect(cites.join('\n')).not.toContain('[object Object]');
			const niciu = citationLinks(atlas.sources.get('niciu-2014')!).short[lang];
			expect(cites.some((c) => c.startsWith(niciu.replace(/&/g, '&amp;')))).toBe(true);
			for (const c of cites)
				expect(c.match(/class="unconfirmed"/g)?.length ?? 0).toBeLessThanOrEqual(1);
			expect(cites.some((c) => c.includes('class="unconfirmed"'))).toBe(true);
			// its explanation is written once, for every mark to point to
			const note = citationWord('unconfirmed', lang);
			expect(html.split(note)).toHaveLength(3);
			expect(html).toContain(`id="unconfirmed-why" class="visually-hidden">${note}</p>`);
			for (const c of cites.filter((c) => c.includes('class="unconfirmed"')))
				expect(c).toContain('aria-describedby="unconfirmed-why"');
		}
	});
});
