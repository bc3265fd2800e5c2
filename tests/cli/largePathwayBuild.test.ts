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

/**
 * In the page: how many of the first part's nodes show in the figure's box, and which of those
 * waiting in <noscript> would show there, were they drawn over it as a reader without scripts has
 * them. (Self-contained: it runs in the page.)
 */
function drawnInView(box: Element) {
	const waiting = box.querySelector('noscript')!;
	const holder = document.createElement('template');
	holder.innerHTML = waiting.textContent!;
	box.append(holder.content);
	const clip = box.getBoundingClientRect();
	const shows = (g: Element) => {
		const r = g.getBoundingClientRect();
		return r.right > clip.left && r.left < clip.right && r.bottom > clip.top && r.top < clip.bottom;
	};
	const nodes = (selector: string) => Array.from(box.querySelectorAll(`${selector} g.node`));
	return {
		first: nodes('svg.atlas-figure').filter(shows).length,
		rest: nodes('svg.atlas-figure-over')
			.filter(shows)
			.map((g) => g.id)
	};
}

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

	it('carries its inline figure in the HTML once, what no first view shows in <noscript>', () => {
		const html = page();
		expect(html.match(/class="atlas-figure"/g)).toHaveLength(1);
		const waiting = all(html, /<noscript>(<svg[\s\S]*?<\/svg>\s*)<\/noscript>/g);
		expect(waiting).toHaveLength(1);
		expect(waiting[0]).toMatch(/^<svg[^>]*class="atlas-figure-over"/);
		const outside = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
		const drawn = (text: string) => all(text, /\sid="(?:node|edge)-([^"]+)"/g);
		// each node and edge once, in one part or the other
		expect(drawn(html).length).toBe(new Set(drawn(html)).size);
		expect(drawn(outside).length).toBeGreaterThan(0);
		expect(drawn(waiting[0]!).length).toBeGreaterThan(0);
		expect(existsSync(join(build.site, 'pathways', ID, 'figure.svg'))).toBe(false);
	});

	it('leaves out with scripts only what no first view shows, at 1440 × 900 and 3840 × 2160', async () => {
		const server: StaticServer = await serve(build.site, PORT);
		const browser = await launch();
		try {
			for (const viewport of [
				{ width: 1440, height: 900 },
				{ width: 3840, height: 2160 }
			]) {
				const tab = await browser.newPage({ viewport });
				// scripting on, the page's own modules never loaded: the figure as first shown
				await tab.route('**/_app/immutable/**/*.js', (route) => route.abort());
				await tab.goto(`${server.url}/pathways/${ID}`);
				const seen = await tab.locator('.static-figure').evaluate(drawnInView);
				expect(seen.first, `${viewport.width}`).toBeGreaterThan(0);
				expect(seen.rest, `${viewport.width}`).toEqual([]);
				await tab.close();
			}
		} finally {
			await browser.close();
			await server.close();
		}
	}, 120_000);

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
			// one drawn over the first view's part, where the figure's box scrolls to it
			const node = tab.locator('.static-figure svg.atlas-figure-over g.node').last();
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
