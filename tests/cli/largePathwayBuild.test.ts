/**
 * A curated pathway of any size builds, loads and answers clicks: a generated atlas with a
 * 400-node pathway (the documented file format, written by the benchmark's seeded generator) is
 * built for production; its page exists, every `#about-<id>` link on it has its target, and in
 * Chromium a click on the outline selects the element. Its lists of every element wait in
 * `<noscript>`: a reader without a script has them, the script's page draws its outline itself.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../bench/browser.ts';
import { serve, type StaticServer } from '../../bench/server.ts';
import { pathwayId, syntheticAtlas, writeAtlas } from '../../bench/synthetic.ts';
import { buildAtlas, type ScratchBuild } from './helpers/build.ts';

const SIZE = 400;
const ID = pathwayId(SIZE);
const PORT = (Number(process.env.ATLAS_TEST_PORT) || 4173) + 1003;
const work = mkdtempSync(join(tmpdir(), 'atlas-large-'));
let build: ScratchBuild;

beforeAll(async () => {
	const atlas = writeAtlas(join(work, 'atlas'), syntheticAtlas([SIZE], 7, 'atlas'));
	build = await buildAtlas(atlas, 'large');
}, 600_000);
afterAll(() => {
	build?.remove();
	rmSync(work, { recursive: true, force: true });
});

const page = () => readFileSync(join(build.site, 'pathways', `${ID}.html`), 'utf8');
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

describe(`a ${SIZE}-node pathway`, () => {
	it('builds, with its page', () => {
		expect(build.status, build.stderr).toBe(0);
		expect(page()).toContain(`Synthetic cascade, ${SIZE} nodes`);
	});

	it('has a target for every #about- link, from the figure and the outline alike', () => {
		const html = page();
		const links = new Set(all(html, /href="#(about-[^"]+)"/g));
		const ids = new Set(all(html, /\sid="([^"]+)"/g));
		expect(links.size).toBeGreaterThanOrEqual(SIZE);
		expect([...links].filter((link) => !ids.has(link))).toEqual([]);
		const nodes = all(html, /\sid="node-([^"]+)"/g);
		expect(nodes).toHaveLength(SIZE);
		for (const node of nodes) expect(links.has(`about-${node}`), node).toBe(true);
	});

	it('keeps its script-free names and outline items in <noscript>', () => {
		const html = page();
		const lists = all(html, /<noscript>([\s\S]*?)<\/noscript>/g).join('');
		const outside = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
		expect(all(lists, /class="anchor"/g)).toHaveLength(
			new Set(all(html, /href="#(about-[^"]+)"/g)).size
		);
		expect(all(lists, /<li>/g).length).toBeGreaterThan(SIZE);
		// a whole list in <noscript>, not a <noscript> in a list (which holds list items only)
		expect(html).toMatch(/<noscript>\s*<ol[^>]*>\s*(?:<!--[^>]*-->)?<li>/);
		expect(html).not.toMatch(/<ol[^>]*>\s*(?:<!--[^>]*-->)?\s*<noscript>/);
		expect(outside).not.toContain('class="anchor"');
		expect(outside).not.toMatch(/<li><a href="#about-/);
	});

	it('carries its inline figure in the HTML once, and no copy of it as a file', () => {
		expect(page().match(/class="atlas-figure/g)).toHaveLength(1);
		expect(existsSync(join(build.site, 'pathways', ID, 'figure.svg'))).toBe(false);
	});

	it('answers a click in Chromium: the outline selects the element', async () => {
		const server: StaticServer = await serve(build.site, PORT);
		const browser = await launch();
		try {
			const tab = await browser.newPage();
			const errors: string[] = [];
			tab.on('pageerror', (e) => errors.push(e.message));
			await tab.goto(`${server.url}/pathways/${ID}`);
			// the script's page, settled: a click while the page still moves may land elsewhere
			await tab.locator('.stage[data-hydrated="true"]').waitFor();
			await tab.getByText('Outline (text version of the diagram)').click();
			expect(await tab.locator('details.outline').getAttribute('open')).not.toBeNull();
			const link = tab.locator('.outline a').nth(SIZE);
			const name = (await link.textContent())!.trim();
			const id = (await link.getAttribute('href'))!.replace('#about-', '');
			await link.click();
			await tab.waitForURL(new RegExp(`select=${id}$`), { timeout: 30_000 });
			const title = await tab.getByTestId('details-title').textContent();
			expect(title?.trim()).toBe(name);
			expect(await tab.locator('.anchor').count()).toBe(0);
			expect(errors).toEqual([]);
		} finally {
			await browser.close();
			await server.close();
		}
	}, 120_000);

	it('answers a click without JavaScript: the figure names the element, the outline lists all', async () => {
		const server: StaticServer = await serve(build.site, PORT);
		const browser = await launch();
		try {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const tab = await context.newPage();
			await tab.goto(`${server.url}/pathways/${ID}`);
			const node = tab.locator('.static-figure g.node').nth(SIZE / 2);
			const id = (await node.getAttribute('id'))!.replace('node-', '');
			await node.click();
			const named = tab.locator('.panel .anchor:target');
			await named.waitFor();
			expect(await named.getAttribute('id')).toBe(`about-${id}`);
			expect((await named.textContent())!.trim()).not.toBe('');
			expect(await tab.locator('.outline li').count()).toBeGreaterThan(SIZE);
		} finally {
			await browser.close();
			await server.close();
		}
	}, 120_000);
});
