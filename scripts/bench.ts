/**
 * npm run bench: speed, measured and compared in the same run against the usual way of doing it.
 * Node (validation, layout, SVG render at 50 to 5,000 nodes, against cytoscape-dagre's defaults),
 * then production builds of the real and a synthetic atlas, then Chromium: page loads against a
 * typical Cytoscape.js app, clicks, zoom/pan frames, the page's JavaScript, and SVG export against
 * cytoscape-svg. Writes bench-report.json and prints a table; never part of npm test.
 *
 *   npm run bench [-- --sizes 50,200,1000,5000] [--seed 1] [--out bench-report.json]
 */
import { spawn } from 'node:child_process';
import {
	copyFileSync,
	createWriteStream,
	mkdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import {
	ATLAS_PAGE,
	BASELINE_PAGE,
	clickLatency,
	exportBoth,
	launch,
	pageLoads,
	scriptsLoaded,
	zoomPanFrames,
	type ClickResult,
	type FrameResult,
	type LoadResult
} from '../bench/browser.ts';
import { bundleReport, type BundleReport } from '../bench/bundle.ts';
import { withLock } from '../bench/lock.ts';
import { nodeBench, type NodeReport } from '../bench/node.ts';
import { preparePages, type PageSubject } from '../bench/pages.ts';
import { serve } from '../bench/server.ts';
import { kb, median, ms, ratio, table } from '../bench/stats.ts';
import { pathwayId, syntheticAtlas, writeAtlas } from '../bench/synthetic.ts';
import { svgFacts, type SvgFacts } from '../bench/svgFacts.ts';
import { layoutPathway } from '../src/lib/layout/layoutPathway.ts';
import { layoutCache } from '../src/lib/server/layoutCache.ts';
import { readCuratedDir } from '../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../src/lib/validate/validateAtlas.ts';

const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: '50,200,1000,5000' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string', default: 'bench-report.json' }
	}
});
const SIZES = args.sizes.split(',').map(Number);
const SEED = Number(args.seed);
const WORK = join(tmpdir(), 'mechanism-atlas-bench');
/** Not the tests' ports (4173, 5174, 5175). */
const PORTS = { real: 4301, synthetic: 4302, pages: 4303 };
const log = (line: string) => console.log(line);
const started = performance.now();

/** `npx vite build` of one atlas into its own folder; the manifest copied before the next build. */
async function buildSite(atlasDir: string, outDir: string, manifestCopy: string): Promise<void> {
	const logFile = `${outDir}.log`;
	const out = createWriteStream(logFile);
	const code = await new Promise<number | null>((done) => {
		const child = spawn('npx', ['vite', 'build'], {
			env: { ...process.env, ATLAS_DIR: atlasDir, ATLAS_BUILD_DIR: outDir },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		child.stdout.pipe(out);
		child.stderr.pipe(out);
		child.on('close', done);
	});
	if (code !== 0) {
		const tail = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
		throw new Error(`the build of ${atlasDir} failed (see ${logFile}):\n${tail}`);
	}
	copyFileSync(join('.svelte-kit', 'output', 'client', '.vite', 'manifest.json'), manifestCopy);
}

interface LoadRow {
	id: string;
	nodes: number;
	atlas: LoadResult;
	baseline: LoadResult;
	/** baseline / atlas, time to interactive. */
	speedup?: number;
	/** The baseline was stopped or skipped: the speed-up is at least this. */
	speedupAtLeast?: number;
}

interface ExportRow {
	id: string;
	ours: SvgFacts & { ms: number };
	theirs: SvgFacts & { ms: number };
	/** Their bytes / ours. */
	smaller: number;
}

interface Budget {
	name: string;
	target: string;
	measured: string;
	met: boolean;
}

function loadRow(id: string, nodes: number, atlas: LoadResult, baseline: LoadResult): LoadRow {
	const row: LoadRow = { id, nodes, atlas, baseline };
	if (atlas.interactiveMs && baseline.interactiveMs)
		row.speedup = baseline.interactiveMs / atlas.interactiveMs;
	else if (atlas.interactiveMs && baseline.note) {
		const limit = Number(/(\d+) s/.exec(baseline.note)?.[1] ?? NaN) * 1000;
		if (limit) row.speedupAtLeast = limit / atlas.interactiveMs;
	}
	return row;
}

async function main() {
	rmSync(WORK, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });
	log(`Scratch folder: ${WORK}`);

	// ---- 1. Node ---------------------------------------------------------------------------
	log('\n1. Node: validation, layout and SVG render (medians), cytoscape-dagre in a child process');
	const node: NodeReport = await nodeBench({
		sizes: SIZES,
		seed: SEED,
		dir: join(WORK, 'node'),
		baselineTimeoutMs: 240_000,
		baselineUpTo: 1000,
		log
	});

	// ---- 2. The pages: the real atlas, a synthetic atlas, the baseline and export pages ------
	log('\n2. Sites: production builds of the real and the synthetic atlas (under the build lock)');
	const siteAtlas = writeAtlas(join(WORK, 'site-atlas'), syntheticAtlas(SIZES, SEED, 'site-atlas'));
	const real = validateAtlas(readCuratedDir('pathways')).atlas;
	const synthetic = validateAtlas(readCuratedDir(siteAtlas)).atlas;
	const subjects: PageSubject[] = [
		...real.pathways.map((p) => ({
			pathway: p,
			atlas: real,
			laid: layoutPathway(p, real.entities)
		})),
		// The same cache the build reads: laid out once in step 1, not again here or in the build.
		...synthetic.pathways.map((p) => ({
			pathway: p,
			atlas: synthetic,
			laid: layoutCache.layout(p, synthetic.entities)
		}))
	];
	const pagesDir = await preparePages(join(WORK, 'pages'), subjects);
	const realSite = join(WORK, 'site-real');
	const synSite = join(WORK, 'site-synthetic');
	const buildStart = performance.now();
	await withLock(
		'the builds',
		async () => {
			await buildSite('pathways', realSite, join(WORK, 'manifest-real.json'));
			await buildSite(siteAtlas, synSite, join(WORK, 'manifest-synthetic.json'));
		},
		log
	);
	log(`  built both in ${ms(performance.now() - buildStart)}`);

	// ---- 3. Chromium -----------------------------------------------------------------------
	log('\n3. Chromium: page loads, clicks, zoom/pan frames, scripts, export (under the build lock)');
	const servers = await Promise.all([
		serve(resolve(realSite), PORTS.real),
		serve(resolve(synSite), PORTS.synthetic),
		serve(resolve(pagesDir), PORTS.pages)
	]);
	const [realUrl, synUrl, pagesUrl] = servers.map((s) => s.url) as [string, string, string];
	const browser = await launch();
	const loads: LoadRow[] = [];
	let bundle!: BundleReport;
	let clicks!: { atlas: ClickResult; baseline: ClickResult; atlas1000?: ClickResult };
	let frames: {
		atlas?: FrameResult;
		cytoscapeDefaults?: FrameResult;
		cytoscapeOptions?: FrameResult;
	} = {};
	const exports: ExportRow[] = [];
	const cascade = 'ketamine-disinhibition';
	try {
		await withLock(
			'real pathways in Chromium',
			async () => {
				const scripts = await scriptsLoaded(browser, ATLAS_PAGE, `${realUrl}/pathways/${cascade}`);
				bundle = bundleReport(realSite, scripts, join(WORK, 'manifest-real.json'));
				for (const p of real.pathways) {
					const atlas = await pageLoads(browser, ATLAS_PAGE, `${realUrl}/pathways/${p.id}`, 5);
					const base = await pageLoads(
						browser,
						BASELINE_PAGE,
						`${pagesUrl}/baseline.html?id=${p.id}`,
						5
					);
					loads.push(loadRow(p.id, p.nodes.length, atlas, base));
					log(
						`  ${p.id}: interactive ${ms(atlas.interactiveMs)} vs baseline ${ms(base.interactiveMs)}`
					);
				}
				clicks = {
					atlas: await clickLatency(browser, ATLAS_PAGE, `${realUrl}/pathways/${cascade}`, 8),
					baseline: await clickLatency(
						browser,
						BASELINE_PAGE,
						`${pagesUrl}/baseline.html?id=${cascade}`,
						8
					)
				};
			},
			log
		);
		await withLock(
			'synthetic pathways in Chromium',
			async () => {
				for (const size of SIZES) {
					const id = pathwayId(size);
					const times = size <= 200 ? 3 : 2;
					const atlas = await pageLoads(
						browser,
						ATLAS_PAGE,
						`${synUrl}/pathways/${id}`,
						times,
						120_000
					);
					const base =
						size <= 1000
							? await pageLoads(
									browser,
									BASELINE_PAGE,
									`${pagesUrl}/baseline.html?id=${id}`,
									size <= 200 ? times : 1,
									size <= 200 ? 60_000 : 45_000
								)
							: {
									url: '',
									runs: [],
									note: 'skipped: dagre takes minutes, then fails, at 5,000 nodes'
								};
					loads.push(loadRow(id, size, atlas, base));
					log(
						`  ${id}: interactive ${ms(atlas.interactiveMs)} vs baseline ${base.interactiveMs ? ms(base.interactiveMs) : base.note}`
					);
				}
			},
			log
		);
		await withLock(
			'interaction in Chromium',
			async () => {
				if (SIZES.includes(1000)) {
					const id = pathwayId(1000);
					frames = {
						atlas: await zoomPanFrames(browser, ATLAS_PAGE, `${synUrl}/pathways/${id}`),
						cytoscapeDefaults: await zoomPanFrames(
							browser,
							BASELINE_PAGE,
							`${pagesUrl}/baseline.html?id=${id}&preset`
						),
						cytoscapeOptions: await zoomPanFrames(
							browser,
							BASELINE_PAGE,
							`${pagesUrl}/baseline.html?id=${id}&preset&perf`
						)
					};
					clicks.atlas1000 = await clickLatency(browser, ATLAS_PAGE, `${synUrl}/pathways/${id}`, 6);
					log(`  zoom/pan at 1,000 nodes: median frame ${ms(frames.atlas?.medianMs)}`);
				}
				const exportIds = [
					...real.pathways.map((p) => p.id),
					...SIZES.filter((s) => s <= 1000).map(pathwayId)
				];
				for (const id of exportIds) {
					const laid = subjects.find((s) => s.pathway.id === id)!.laid;
					const runs = await exportBoth(browser, pagesUrl, id, 5);
					const ours = { ...svgFacts(runs.ours.svg, laid), ms: median(runs.ours.ms) };
					const theirs = { ...svgFacts(runs.theirs.svg, laid), ms: median(runs.theirs.ms) };
					exports.push({ id, ours, theirs, smaller: theirs.bytes / ours.bytes });
				}
				log(`  export: ${exports.length} pathways through both renderers`);
			},
			log
		);
	} finally {
		await browser.close();
		await Promise.all(servers.map((s) => s.close()));
	}

	// ---- 4. Report ---------------------------------------------------------------------------
	const realLoads = loads.filter((l) => real.pathways.some((p) => p.id === l.id));
	const worstInteractive = Math.max(...realLoads.map((l) => l.atlas.interactiveMs ?? Infinity));
	const worstSpeedup = Math.min(...realLoads.map((l) => l.speedup ?? 0));
	const at1000 = node.sizes.find((s) => s.size === 1000);
	const base1000 = at1000?.baselines.find((b) => b.ranker === 'network-simplex');
	const at5000 = node.sizes.find((s) => s.size === 5000);
	const realExports = exports.filter((e) => real.pathways.some((p) => p.id === e.id));
	const budgets: Budget[] = [
		{
			name: 'real pathways: interactive after navigation',
			target: '< 200 ms',
			measured: `worst ${ms(worstInteractive)}`,
			met: worstInteractive < 200
		},
		{
			name: 'real pathways: faster than the typical app',
			target: '≥ 3×',
			measured: `worst ${ratio(worstSpeedup)}`,
			met: worstSpeedup >= 3
		},
		{
			name: 'pathway page JavaScript, gzipped',
			target: '< 180 KB; no dagre or export code',
			measured: `${kb(bundle.totalGzip)}; ${
				Object.entries(bundle.absent)
					.filter(([, absent]) => !absent)
					.map(([name]) => name)
					.join(', ') || 'none of them'
			} loaded`,
			met: bundle.totalGzip < 180 * 1024 && Object.values(bundle.absent).every(Boolean)
		}
	];
	if (at1000 && base1000) {
		const speed = base1000.ms ? base1000.ms / at1000.layoutMs : undefined;
		budgets.push({
			name: 'layout at 1,000 nodes vs cytoscape-dagre defaults',
			target: '≥ 10× faster, crossings/edge no more',
			measured: base1000.ms
				? `${ratio(speed)} (${ms(at1000.layoutMs)} vs ${ms(base1000.ms)}); crossings/edge ${at1000.quality.crossingsPerEdge.toFixed(2)} vs ${base1000.quality!.crossingsPerEdge.toFixed(2)}`
				: `dagre ${base1000.note}: ≥ ${ratio(240_000 / at1000.layoutMs)}`,
			met:
				(speed ?? 240_000 / at1000.layoutMs) >= 10 &&
				(!base1000.quality || at1000.quality.crossingsPerEdge <= base1000.quality.crossingsPerEdge)
		});
	}
	if (at5000)
		budgets.push({
			name: '5,000 nodes laid out and rendered to SVG',
			target: '< 20 s',
			measured: ms(at5000.layoutMs + at5000.svgMs),
			met: at5000.layoutMs + at5000.svgMs < 20_000
		});
	if (frames.atlas)
		budgets.push({
			name: 'zoom/pan at 1,000 nodes, median frame',
			target: '< 16.7 ms',
			measured: ms(frames.atlas.medianMs),
			met: frames.atlas.medianMs < 16.7
		});
	const worstSmaller = Math.min(...realExports.map((e) => e.smaller));
	const allText = exports.every((e) => e.ours.labelsAsText === e.ours.labels);
	const allIds = exports.every((e) => e.ours.elementsWithIdAndClass === e.ours.diagramElements);
	budgets.push({
		name: 'exported SVG vs cytoscape-svg (same figure)',
		target: '≥ 2× smaller; labels <text>; id and class on every element',
		measured: `worst ${ratio(worstSmaller)} smaller; labels as text ${allText ? 'all' : 'NOT all'}; ids and classes ${allIds ? 'all' : 'NOT all'}`,
		met: worstSmaller >= 2 && allText && allIds
	});

	const report = {
		date: new Date().toISOString(),
		machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
		seed: SEED,
		sizes: SIZES,
		node,
		pageLoads: loads,
		clicks,
		frames,
		bundle,
		exports,
		budgets,
		totalSeconds: Math.round((performance.now() - started) / 1000)
	};
	writeFileSync(args.out, JSON.stringify(report, null, '\t') + '\n');
	printReport(report);
	log(
		`\nWrote ${args.out} (${kb(Buffer.byteLength(JSON.stringify(report)))}, ${kb(gzipSync(JSON.stringify(report)).length)} gzipped) in ${report.totalSeconds} s.`
	);
}

function printReport(r: {
	node: NodeReport;
	pageLoads: LoadRow[];
	clicks: { atlas: ClickResult; baseline: ClickResult; atlas1000?: ClickResult };
	frames: { atlas?: FrameResult; cytoscapeDefaults?: FrameResult; cytoscapeOptions?: FrameResult };
	bundle: BundleReport;
	exports: ExportRow[];
	budgets: Budget[];
}) {
	const { node } = r;
	log('\nNode: synthetic cascades (medians)');
	log(
		table(
			[
				'nodes',
				'edges',
				'validate',
				'layout',
				'engine',
				'svg',
				'cached layout',
				'crossings/edge',
				'edge px',
				'area Mpx²',
				'dagre defaults',
				'its crossings/edge',
				'tight-tree'
			],
			node.sizes.map((s) => {
				const d = s.baselines.find((b) => b.ranker === 'network-simplex');
				const t = s.baselines.find((b) => b.ranker === 'tight-tree');
				return [
					s.nodes,
					s.edges,
					ms(s.validateMs),
					ms(s.layoutMs),
					s.engine,
					ms(s.svgMs),
					ms(s.cachedLayoutMs),
					s.quality.crossingsPerEdge.toFixed(2),
					s.quality.edgeLength.toFixed(0),
					s.quality.area.toFixed(1),
					d?.ms ? ms(d.ms) : (d?.note ?? '—'),
					d?.quality ? d.quality.crossingsPerEdge.toFixed(2) : '—',
					t ? (t.ms ? `${ms(t.ms)}, ${t.quality!.crossingsPerEdge.toFixed(2)}/edge` : t.note!) : '—'
				];
			})
		)
	);
	log(
		`growth exponents (time ∝ n^k): validate ${node.growth.validate}, layout ${node.growth.layout}, svg ${node.growth.svg}, dagre defaults ${node.growth.baselineLayout ?? '—'}`
	);
	log('\nNode: real pathways (medians)');
	log(
		table(
			['pathway', 'nodes', 'layout', 'svg', 'crossings'],
			node.real.map((p) => [p.id, p.nodes, ms(p.layoutMs), ms(p.svgMs), p.quality.crossings])
		)
	);
	log('\nChromium: page loads (medians, fresh context each run)');
	log(
		table(
			[
				'pathway',
				'nodes',
				'visible',
				'interactive',
				'baseline visible',
				'baseline interactive',
				'speed-up'
			],
			r.pageLoads.map((l) => [
				l.id,
				l.nodes,
				ms(l.atlas.visibleMs) + (l.atlas.note ? ` (${l.atlas.note})` : ''),
				ms(l.atlas.interactiveMs),
				l.baseline.visibleMs ? ms(l.baseline.visibleMs) : (l.baseline.note ?? '—'),
				ms(l.baseline.interactiveMs),
				l.speedup ? ratio(l.speedup) : l.speedupAtLeast ? `≥ ${ratio(l.speedupAtLeast)}` : '—'
			])
		)
	);
	log(
		`\nClick → details: atlas ${ms(r.clicks.atlas.medianMs)} (max ${ms(r.clicks.atlas.maxMs)}), baseline ${ms(r.clicks.baseline.medianMs)}${r.clicks.atlas1000 ? `; at 1,000 nodes ${ms(r.clicks.atlas1000.medianMs)}` : ''}`
	);
	const f = r.frames;
	if (f.atlas)
		log(
			table(
				['zoom/pan at 1,000 nodes', 'frames', 'median', 'p95', 'max', 'slow frames'],
				(
					[
						['atlas (performance options on)', f.atlas],
						['Cytoscape defaults, same graph', f.cytoscapeDefaults],
						['Cytoscape with the options', f.cytoscapeOptions]
					] as [string, FrameResult | undefined][]
				)
					.filter((x): x is [string, FrameResult] => !!x[1])
					.map(([name, fr]) => [
						name,
						fr.frames,
						ms(fr.medianMs),
						ms(fr.p95Ms),
						ms(fr.maxMs),
						`${(fr.slowShare * 100).toFixed(0)}%`
					])
			)
		);
	log(
		`\nPathway page JavaScript: ${kb(r.bundle.totalGzip)} gzipped (${kb(r.bundle.totalBytes)} raw)`
	);
	log(
		table(
			['chunk', 'gzip', 'raw', 'modules'],
			r.bundle.chunks
				.slice(0, 8)
				.map((c) => [c.file, kb(c.gzip), kb(c.bytes), c.modules.join(', ').slice(0, 70)])
		)
	);
	log(
		`not loaded: ${Object.entries(r.bundle.absent)
			.map(([name, absent]) => `${name} ${absent ? 'yes' : 'NO (loaded)'}`)
			.join('; ')}`
	);
	log('\nExport, same figure (no title, legend or citations): renderSvg vs cytoscape-svg');
	log(
		table(
			[
				'pathway',
				'bytes',
				'theirs',
				'smaller',
				'elements',
				'theirs',
				'labels as <text>',
				'theirs',
				'id+class',
				'theirs',
				'time',
				'theirs'
			],
			r.exports.map((e) => [
				e.id,
				e.ours.bytes,
				e.theirs.bytes,
				ratio(e.smaller),
				e.ours.elements,
				e.theirs.elements,
				`${e.ours.labelsAsText}/${e.ours.labels}`,
				`${e.theirs.labelsAsText}/${e.theirs.labels}`,
				`${e.ours.elementsWithIdAndClass}/${e.ours.diagramElements}`,
				`${e.theirs.elementsWithIdAndClass}/${e.theirs.diagramElements}`,
				ms(e.ours.ms),
				ms(e.theirs.ms)
			])
		)
	);
	log('\nBudgets');
	log(
		table(
			['budget', 'target', 'measured', 'met'],
			r.budgets.map((b) => [b.name, b.target, b.measured, b.met ? 'yes' : 'NO'])
		)
	);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
