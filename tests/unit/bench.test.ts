/** The benchmark's synthetic atlases and the layout cache (no timings: tests never assert them). */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { curationResult, handCharacters, structureRatio } from '../../bench/curationFigure.ts';
import { countCrossings } from '../../bench/quality.ts';
import { atlasBuilds, atlasSizes } from '../../bench/atlasBuild.ts';
import { pageWeights, perNode } from '../../bench/pageWeight.ts';
import {
	budgets,
	curationBudget,
	siteWeightBudget,
	type LoadRow,
	type Report
} from '../../bench/report.ts';
import { stripScripts } from '../../bench/scriptFree.ts';
import { growthExponent, median } from '../../bench/stats.ts';
import { random, syntheticAtlas, syntheticGraph, writeAtlas } from '../../bench/synthetic.ts';
import { LayoutCache, layoutCodeVersion } from '../../src/lib/server/layoutCache.ts';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';

const temp = mkdtempSync(join(tmpdir(), 'atlas-bench-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('synthetic atlases', () => {
	it('pass the real validator with no errors and no warnings, read back from disk', () => {
		const dir = writeAtlas(join(temp, 'atlas'), syntheticAtlas([50, 120], 7, 'atlas'));
		const { atlas, errors, warnings } = validateAtlas(readCuratedDir(dir));
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
		expect(atlas.pathways.map((p) => p.nodes.length).sort((a, b) => a - b)).toEqual([50, 120]);
	});

	it('have the size asked for, about 1.5 edges per node, compartments, and every node connected', () => {
		for (const size of [50, 200, 1000]) {
			const g = syntheticGraph(size, 1);
			expect(g.nodes).toHaveLength(size);
			expect(g.edges.length / size).toBeGreaterThanOrEqual(1.4);
			expect(g.edges.length / size).toBeLessThanOrEqual(1.6);
			expect(g.compartments.length).toBeGreaterThan(0);
			const ends = new Set(g.edges.flatMap((e) => [e.source, e.target]));
			expect(g.nodes.every((n) => ends.has(n.id))).toBe(true);
			expect(new Set(g.edges.map((e) => `${e.source}>${e.target}`)).size).toBe(g.edges.length);
		}
	});

	it('are layered like a cascade: drugs at the top, outcomes at the bottom, a few feedback edges', () => {
		const g = syntheticGraph(1000, 1);
		const layer = new Map(g.nodes.map((n) => [n.id, n.layer]));
		const last = Math.max(...layer.values());
		expect(g.nodes.filter((n) => n.layer === 0).every((n) => n.kind === 'drug')).toBe(true);
		expect(
			g.nodes.filter((n) => n.layer === last).every((n) => n.kind === 'clinical-outcome')
		).toBe(true);
		const backward = g.edges.filter((e) => layer.get(e.target)! < layer.get(e.source)!);
		expect(backward.length).toBeGreaterThan(0);
		expect(backward.length / g.edges.length).toBeLessThan(0.1);
	});

	it('are never written over the project’s own folders', () => {
		const files = syntheticAtlas([20], 1, 'x');
		expect(() => writeAtlas(join(process.cwd(), 'pathways'), files)).toThrow(/is the atlas folder/);
		expect(() => writeAtlas(process.cwd(), files)).toThrow(/is the project's folder/);
	});

	it('are the same for the same seed and differ for another', () => {
		expect(syntheticAtlas([200], 3)).toEqual(syntheticAtlas([200], 3));
		expect(syntheticAtlas([200], 3).pathways[0]!.text).not.toBe(
			syntheticAtlas([200], 4).pathways[0]!.text
		);
	});
});

describe('the layout cache', () => {
	const { atlas } = validateAtlas(syntheticAtlas([40], 2));
	const pathway = atlas.pathways[0]!;

	it('lays out once: a second request, even from a new cache on the same folder, is a hit', () => {
		const dir = join(temp, 'cache-hit');
		const first = new LayoutCache(dir, 'v1');
		const laidOut = first.layout(pathway, atlas.entities);
		expect([first.hits, first.misses]).toEqual([0, 1]);
		expect(first.layout(pathway, atlas.entities)).toEqual(laidOut);
		expect([first.hits, first.misses]).toEqual([1, 1]);
		const next = new LayoutCache(dir, 'v1');
		expect(next.layout(pathway, atlas.entities)).toEqual(laidOut);
		expect([next.hits, next.misses]).toEqual([1, 0]);
		expect(readdirSync(dir)).toHaveLength(1);
	});

	it('misses when the pathway, an entity label, the options or the layout code change', () => {
		const dir = join(temp, 'cache-miss');
		const cache = new LayoutCache(dir, 'v1');
		cache.layout(pathway, atlas.entities);
		const node = pathway.nodes[0]!;
		const relabelled = new Map(atlas.entities).set(node.entity, {
			...atlas.entities.get(node.entity)!,
			label: { en: 'A much longer label than before' }
		});
		const lastEdge = pathway.edges.slice(0, -1);
		cache.layout({ ...pathway, edges: lastEdge }, atlas.entities);
		cache.layout(pathway, relabelled);
		cache.layout(pathway, atlas.entities, { direction: 'LR' });
		new LayoutCache(dir, 'v2').layout(pathway, atlas.entities);
		expect([cache.hits, cache.misses]).toEqual([0, 4]);
		expect(readdirSync(dir)).toHaveLength(5);
	});

	it('versions the layout code by its sources, and caches nothing where they cannot be read', () => {
		expect(layoutCodeVersion()).toMatch(/^[0-9a-f]{16}$/);
		expect(layoutCodeVersion(join(temp, 'nowhere'))).toBeUndefined();
	});
});

describe('the measures the report is made of', () => {
	const p = (x: number, y: number) => ({ x, y });

	it('counts proper crossings of straight segments, and not segments that share an end', () => {
		expect(
			countCrossings([
				[p(0, 0), p(10, 10)],
				[p(0, 10), p(10, 0)]
			])
		).toBe(1);
		expect(
			countCrossings([
				[p(0, 0), p(10, 10)],
				[p(10, 10), p(20, 0)]
			])
		).toBe(0);
		expect(
			countCrossings([
				[p(0, 0), p(10, 0)],
				[p(0, 5), p(10, 5)]
			])
		).toBe(0);
	});

	it('counts as comparing every pair would', () => {
		const rnd = random(11);
		const segments = Array.from({ length: 200 }, () => {
			const a = p(rnd() * 500, rnd() * 500);
			return [a, p(a.x + (rnd() - 0.5) * 200, a.y + rnd() * 150)] as [typeof a, typeof a];
		});
		const orient = (a: (typeof segments)[0][0], b: typeof a, c: typeof a) =>
			(b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
		let brute = 0;
		for (let i = 0; i < segments.length; i++)
			for (let j = i + 1; j < segments.length; j++) {
				const [a, b] = segments[i]!;
				const [c, d] = segments[j]!;
				if (orient(c, d, a) * orient(c, d, b) < 0 && orient(a, b, c) * orient(a, b, d) < 0) brute++;
			}
		expect(brute).toBeGreaterThan(0);
		expect(countCrossings(segments)).toBe(brute);
	});

	it('fits the growth exponent on log-log axes, leaving out what did not run', () => {
		const quadratic = [50, 200, 1000, 5000].map((n) => ({ n, ms: 0.001 * n * n }));
		expect(growthExponent(quadratic)).toBe(2);
		expect(growthExponent([...quadratic.slice(0, 2), { n: 5000, ms: undefined }])).toBe(2);
		expect(median([3, 1, 2, 10])).toBe(2.5);
	});
});

describe('the page with no script (the harness floor)', () => {
	it('keeps the markup and styles and drops every script and module preload', () => {
		const html =
			'<head><link href="a.js" rel="modulepreload"><style>p{}</style></head>' +
			'<body><svg><a href="#about-x"><g id="node-x"/></a></svg>' +
			'<script>\nstart()\n</script><script type="module" src="b.js"></script></body>';
		const stripped = stripScripts(html);
		expect(stripped).not.toMatch(/<script|modulepreload/);
		expect(stripped).toContain('<style>p{}</style>');
		expect(stripped).toContain('<a href="#about-x"><g id="node-x"/></a>');
	});

	it('unwraps what waits in <noscript>, as a browser without scripts reads it', () => {
		const html =
			'<ol><noscript><li><a href="#about-x">X</a></li></noscript></ol><script>s()</script>';
		expect(stripScripts(html)).toBe('<ol><li><a href="#about-x">X</a></li></ol>');
	});
});

describe('the page-weight and large-page budgets', () => {
	const page = (nodes: number, bytes: number) => ({ id: `p${nodes}`, nodes, real: false, bytes });
	const load = (nodes: number, interactiveMs: number): LoadRow => ({
		id: `p${nodes}`,
		nodes,
		real: false,
		atlas: { url: '', runs: [], interactiveMs },
		baseline: { url: '', runs: [] }
	});
	const report = (over: Partial<Report>): Omit<Report, 'budgets'> => ({
		date: '',
		machine: { node: '', cpus: 1, loadAverage: [] },
		seed: 1,
		sizes: [],
		node: { sizes: [], real: [], growth: {} } as unknown as Report['node'],
		pageLoads: [],
		clicks: {},
		frames: {},
		exports: [],
		problems: [],
		totalSeconds: 0,
		...over
	});
	const find = (r: Omit<Report, 'budgets'>, name: RegExp) =>
		budgets(r, 1).find((b) => name.test(b.name));

	it('fits growth per node, so the fixed part of a page is not counted per node', () => {
		expect(perNode([page(10, 40_000 + 10 * 3000), page(100, 40_000 + 100 * 3000)])).toBe(3000);
		expect(perNode([page(10, 1)])).toBeUndefined();
	});

	it('weighs each page in English and at its Chinese address, and holds both to the budget', () => {
		const site = mkdtempSync(join(tmpdir(), 'atlas-weight-'));
		try {
			for (const [dir, perNodeBytes] of [
				['pathways', 3000],
				['zh/pathways', 6000]
			] as const) {
				mkdirSync(join(site, dir), { recursive: true });
				for (const n of [10, 20])
					writeFileSync(join(site, dir, `p${n}.html`), 'x'.repeat(1000 + n * perNodeBytes));
			}
			const w = pageWeights([10, 20].map((n) => ({ id: `p${n}`, nodes: n, real: true, site })));
			expect(w.realPerNode).toBe(3000);
			expect(w.realPerNodeZh).toBe(6000);
			const budget = find(report({ pageWeight: w }), /HTML/);
			expect(budget?.measured).toMatch(/curated pages 3\.0 KB \(in Chinese 6\.0 KB\)/);
			expect(budget?.met).toBe(false);
		} finally {
			rmSync(site, { recursive: true, force: true });
		}
	});

	it('times the builds of growing atlases and fits the seconds each further pathway adds', async () => {
		const work = mkdtempSync(join(tmpdir(), 'atlas-builds-'));
		try {
			const built: string[] = [];
			const report = await atlasBuilds(
				work,
				1,
				async (dir, out) => {
					// every atlas handed to the build is valid, with a pathway per size
					const { atlas, errors } = validateAtlas(readCuratedDir(dir));
					expect(errors).toEqual([]);
					built.push(`${atlas.pathways.length}`);
					mkdirSync(out, { recursive: true });
					writeFileSync(join(out, 'index.html'), 'x'.repeat(atlas.pathways.length));
				},
				[3, 6]
			);
			expect(built).toEqual(['3', '6']);
			expect(report.rows.map((r) => [r.pathways, r.nodes, r.bytes])).toEqual([
				[3, 20 + 21 + 22, 3],
				[6, atlasSizes(6).reduce((a, b) => a + b, 0), 6]
			]);
			expect(report.secondsPerPathway).toBeTypeOf('number');
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});

	it('holds pages to 5 KB per further node', () => {
		const light = [page(50, 300_000), page(1000, 4_000_000)];
		const heavy = [page(50, 900_000), page(1000, 17_000_000)];
		const budget = (pages: ReturnType<typeof page>[]) =>
			find(report({ pageWeight: { pages, syntheticPerNode: perNode(pages) } }), /HTML/);
		expect(budget(light)?.met).toBe(true);
		expect(budget(heavy)?.met).toBe(false);
		expect(budget(heavy)?.measured).toMatch(/synthetic 16\.9 KB per node; largest page 17\.00 MB/);
	});

	it('holds every curated first view to 10 px labels and a whole figure after the fit key', () => {
		const view = (id: string, smallestLabelPx: number, wholeAfterFit = true) => ({
			id,
			screen: { width: 1440, height: 900 },
			smallestLabelPx,
			wholeAfterFit
		});
		const budget = (firstViews: ReturnType<typeof view>[]) =>
			find(report({ firstViews }), /first view/);
		expect(budget([view('a', 10.5), view('b', 19.7)])).toMatchObject({
			met: true,
			measured: 'smallest 10.5 px (a); all whole after fit'
		});
		expect(budget([view('a', 10.5), view('b', 5.1)])).toMatchObject({
			met: false,
			measured: expect.stringContaining('5.1 px (b)')
		});
		expect(budget([view('a', 12, false)])).toMatchObject({
			met: false,
			measured: expect.stringContaining('NOT whole after fit: a')
		});
		expect(budget([])?.met).toBe(false);
	});

	it('holds the first click at 1,000 and 5,000 nodes to 2× and 4× the 100-node page', () => {
		const loads = [load(50, 100), load(100, 200), load(1000, 390), load(5000, 900)];
		const r = report({ pageLoads: loads });
		expect(find(r, /first click at 1,000 nodes vs 100/)).toMatchObject({ met: true });
		expect(find(r, /first click at 5,000 nodes vs 100/)).toMatchObject({ met: false });
	});
});

describe('the curation figure', () => {
	it('counts what typing the YAML takes: every character and newline, not the indentation', () => {
		expect(handCharacters('a: 1\nb:\n  - c\n')).toBe(
			'a: 1'.length + 1 + 'b:'.length + 1 + '- c'.length + 1
		);
		const expected = readFileSync('tests/fixtures/studio/ketamine-cortical-calcium.yaml', 'utf8');
		expect(handCharacters(expected)).toBeLessThan(expected.length);
		expect(handCharacters(expected)).toBeGreaterThan(expected.replace(/\s/g, '').length);
	});

	it('adds the curator’s inputs and the characters of every file it wrote', () => {
		const r = curationResult(12.5, { clicks: 40, keys: 5, characters: 100 }, ['ab\n', '  cd']);
		expect(r.totalInputs).toBe(145);
		expect(r.handCharacters).toBe(5);
		expect(r.seconds).toBe(12.5);
	});

	it('is met at a fifth of the characters or fewer, and a fifteenth without the prose', () => {
		/** 10 clicks and 40 characters of prose typed, against `hand` characters by hand. */
		const at = (hand: number, taken = 0) =>
			curationBudget(
				curationResult(1, { clicks: 10, keys: 0, characters: 40, prose: 40, taken }, [
					'x'.repeat(hand)
				])
			);
		expect(at(250).met).toBe(true);
		expect(at(249).met).toBe(false);
		expect(at(250).measured).toContain('5.0× fewer');
		// 250 − 40 = 210 characters of structure against 10 clicks: 21×; 150 taken leave 6×
		expect(at(250, 150).met).toBe(false);
		expect(at(250, 60).met).toBe(true);
		expect(curationBudget(undefined).met).toBe(false);
	});

	it('gives the structure and citations alone, the prose typed or taken left out', () => {
		const r = curationResult(1, { clicks: 10, keys: 0, characters: 40, prose: 40, taken: 60 }, [
			'x'.repeat(300)
		]);
		// (300 − 40 − 60) / (50 − 40): the clicks that took words stay on the studio's side
		expect(structureRatio(r)).toBe(20);
		expect(curationBudget(r).measured).toContain(
			'structure and citations alone (40 characters of prose typed and 60 taken from the source left out): 20× fewer'
		);
	});

	it('is one of the report’s budgets', () => {
		const r = {
			node: { sizes: [], real: [], growth: {} },
			pageLoads: [],
			clicks: {},
			frames: {},
			exports: [],
			sizes: [],
			curation: curationResult(1, { clicks: 1, keys: 0, characters: 0 }, ['hello'.repeat(3)])
		} as unknown as Omit<Report, 'budgets'>;
		const curation = budgets(r, 1).find((b) => b.name.startsWith('curating'));
		expect(curation?.met).toBe(true);
	});
});

describe('the site-weight budget', () => {
	const build = (bytes: number) => ({
		rows: [
			{ pathways: 25, nodes: 800, seconds: 1, bytes: 1 },
			{ pathways: 100, nodes: 6950, seconds: 2, bytes }
		]
	});

	it('is met by the 100-pathway site at 150 MB or less, and says what it weighs', () => {
		expect(siteWeightBudget(build(150e6)).met).toBe(true);
		expect(siteWeightBudget(build(150e6 + 1)).met).toBe(false);
		expect(siteWeightBudget(build(218.8e6)).measured).toBe('218.8 MB (6,950 nodes)');
	});

	it('is not met when the 100-pathway atlas was not built', () => {
		expect(siteWeightBudget(undefined).met).toBe(false);
		expect(siteWeightBudget({ rows: [] }).measured).toContain('not measured');
	});
});
