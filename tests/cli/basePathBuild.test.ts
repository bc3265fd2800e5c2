/**
 * The static build under a sub-path, as a course site hosts it: the fixture atlas built with
 * ATLAS_BASE_PATH, served only under that path by a small static server, crawled from its home
 * page (every href, src, srcset, CSS url(), script import and each embed's oEmbed iframe): no link
 * or asset is broken or leaves the sub-path. Then Chromium opens an embed page there: its script
 * and assets load from the sub-path, and it shows the selected element's details.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../bench/browser.ts';
import { buildAtlas, type ScratchBuild } from './helpers/build.ts';
import { fixturePath } from '../unit/helpers/fixtures.ts';

const BASE = '/pharm101/atlas';
const PORT = (Number(process.env.ATLAS_TEST_PORT) || 4173) + 1004;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let build: ScratchBuild;
let server: Server;

const TYPES = new Map([
	['.html', 'text/html; charset=utf-8'],
	['.js', 'text/javascript'],
	['.css', 'text/css'],
	['.json', 'application/json'],
	['.svg', 'image/svg+xml'],
	['.woff2', 'font/woff2']
]);

/** The file a path under BASE names, as a static host finds it; nothing outside BASE. */
function fileFor(path: string): string | undefined {
	if (path !== BASE && !path.startsWith(`${BASE}/`)) return undefined;
	const root = build.site;
	const file = normalize(join(root, decodeURIComponent(path.slice(BASE.length))));
	if (file !== root && !file.startsWith(root + sep)) return undefined;
	for (const candidate of [file, `${file}.html`, join(file, 'index.html')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return undefined;
}

beforeAll(async () => {
	// no address configured: the oEmbed answer's URLs are root-relative, under the base path
	build = await buildAtlas(fixturePath('valid'), 'base-path', {
		ATLAS_BASE_PATH: `${BASE}/`,
		ATLAS_URL: ''
	});
	server = createServer((req, res) => {
		const file = fileFor(new URL(req.url ?? '/', ORIGIN).pathname);
		if (!file) res.writeHead(404).end();
		else
			res
				.writeHead(200, { 'content-type': TYPES.get(extname(file)) ?? 'application/octet-stream' })
				.end(readFileSync(file));
	});
	await new Promise<void>((listening) => server.listen(PORT, '127.0.0.1', listening));
}, 600_000);

afterAll(async () => {
	await new Promise((closed) => server?.close(closed));
	build?.remove();
});

const decode = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
const all = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

/** Every address a file asks for, as written (relative or not). */
function references(body: string, type: string): string[] {
	const css = all(body, /url\(\s*['"]?([^'")]+)['"]?\s*\)/g);
	if (type.includes('css')) return css;
	if (type.includes('javascript'))
		return all(body, /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g);
	if (type.includes('json')) {
		const html = (JSON.parse(body) as { html?: unknown }).html;
		return typeof html === 'string' ? all(html, /\ssrc="([^"]+)"/g).map(decode) : [];
	}
	if (!type.includes('html')) return [];
	const attributes = all(body, /\s(?:href|src)="([^"]*)"/g).map(decode);
	const srcsets = all(body, /\ssrcset="([^"]*)"/g).flatMap((set) =>
		decode(set)
			.split(',')
			.map((candidate) => candidate.trim().split(/\s+/)[0]!)
	);
	const scripts = all(body, /\bimport\(\s*["']([^"']+)["']\s*\)/g);
	return [...attributes, ...srcsets, ...css, ...scripts];
}

/** Outside the crawl: other schemes, in-page fragments. */
const skipped = (ref: string) =>
	!ref || ref.startsWith('#') || /^(data|blob|mailto|javascript):/.test(ref);

async function crawl(start: string[]) {
	const seen = new Set<string>();
	const broken: string[] = [];
	const queue = start.map((path) => ({ url: new URL(path, ORIGIN), from: '(start)' }));
	while (queue.length) {
		const { url, from } = queue.shift()!;
		url.hash = '';
		url.search = '';
		if (seen.has(url.href)) continue;
		seen.add(url.href);
		if (url.origin !== ORIGIN) continue; // another site's: not the build's to serve
		const response = await fetch(url);
		if (!response.ok || !url.pathname.startsWith(`${BASE}/`)) {
			broken.push(`${url.pathname} (${response.status}, from ${from})`);
			continue;
		}
		const body = await response.text();
		for (const ref of references(body, response.headers.get('content-type') ?? ''))
			if (!skipped(ref)) queue.push({ url: new URL(ref, url), from: url.pathname });
	}
	return { seen: [...seen].map((href) => new URL(href).pathname), broken };
}

describe(`a build under ${BASE}`, () => {
	it('builds', () => {
		expect(build.status, build.stderr).toBe(0);
	});

	it('serves every page and asset from the sub-path: a crawl from its home finds nothing broken', async () => {
		// the files the pages fetch rather than link are crawled too
		const fetched = [
			'/search.json',
			'/practice-links.json',
			'/pathways/ketamine/oembed.json',
			'/pathways/ketamine/offline.html'
		];
		const { seen, broken } = await crawl([`${BASE}/`, ...fetched.map((f) => `${BASE}${f}`)]);
		expect(broken).toEqual([]);
		for (const page of [
			`${BASE}/pathways/ketamine`,
			`${BASE}/zh/pathways/ketamine`,
			`${BASE}/pathways/ketamine/embed`,
			`${BASE}/zh/pathways/ketamine/embed`,
			`${BASE}/pathways/ketamine/offline.html`
		])
			expect(seen, page).toContain(page);
		expect(seen.some((p) => p.endsWith('.woff2'))).toBe(true);
		expect(seen.some((p) => p.startsWith(`${BASE}/_app/immutable/`) && p.endsWith('.js'))).toBe(
			true
		);
	}, 120_000);

	it('links each embed to its oEmbed answer, whose iframe is the embed under the sub-path', async () => {
		const embed = await (await fetch(`${ORIGIN}${BASE}/zh/pathways/ketamine/embed`)).text();
		expect(embed).toContain(
			`<link rel="alternate" type="application/json+oembed" href="${BASE}/zh/pathways/ketamine/oembed.json"`
		);
		const answer = await (await fetch(`${ORIGIN}${BASE}/zh/pathways/ketamine/oembed.json`)).json();
		expect(answer).toMatchObject({ version: '1.0', type: 'rich', title: '氯胺酮、NMDA受体与mTOR' });
		expect(answer.html).toContain(`src="${BASE}/zh/pathways/ketamine/embed"`);
	});

	it('runs in Chromium from the sub-path: the embed loads every request and shows the selection', async () => {
		const browser = await launch();
		try {
			const tab = await browser.newPage({ viewport: { width: 600, height: 400 } });
			const failed: string[] = [];
			tab.on('pageerror', (e) => failed.push(e.message));
			tab.on('response', (r) => {
				if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
			});
			tab.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
			await tab.goto(`${ORIGIN}${BASE}/pathways/ketamine/embed?select=nmda-receptor`);
			await tab.waitForSelector('.cy-container[data-ready="true"]');
			const title = tab.getByTestId('details-title');
			await title.waitFor();
			expect((await title.textContent())?.trim()).toBe('NMDA receptor');
			expect(failed).toEqual([]);
		} finally {
			await browser.close();
		}
	}, 120_000);
});
