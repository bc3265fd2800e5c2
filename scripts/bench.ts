/**
 * npm run bench: speed, measured and compared in the same run against the usual way of doing it.
 * Node (validation, layout, SVG render at 50 to 5,000 nodes, against cytoscape-dagre's defaults),
 * then production builds of the real and a synthetic atlas, then Chromium: page loads against a
 * typical Cytoscape.js app, clicks, zoom/pan frames, the page's JavaScript, SVG export against
 * cytoscape-svg, and the studio's scripted curator against typing its YAML by hand. Writes the
 * report as JSON (bench-report.json) and as docs/benchmarks.md, which is never edited by hand, and
 * prints its tables; never part of npm test.
 *
 *   npm run bench [-- --sizes 50,100,200,1000,5000] [--seed 1] [--out bench-report.json]
 *                 [--docs docs/benchmarks.md]
 *
 * Builds only in its own scratch folders (the sites in the system's temporary folder, SvelteKit's
 * working files in .scratch/bench/): the user's build/ and .svelte-kit/ are never touched.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
	ATLAS_PAGE,
	SCRIPT_FREE_PAGE,
	BASELINE_PAGE,
	clickLatency,
	exportBoth,
	launch,
	pageLoads,
	pairedLoads,
	scriptsLoaded,
	zoomPanFrames,
	type ClickResult,
	type FrameResult,
	type LoadResult
} from '../bench/browser.ts';
import { atlasBuilds } from '../bench/atlasBuild.ts';
import { bundleReport, scriptsBeforeFirstUse, type BundleReport } from '../bench/bundle.ts';
import { BENCHMARKS_PAGE, benchmarksMarkdown } from '../bench/markdown.ts';
import { measureCuration } from '../bench/curation.ts';
import type { CurationResult } from '../bench/curationFigure.ts';
import { firstView, type FirstViewRow } from '../bench/firstView.ts';
import { withLock } from '../bench/lock.ts';
import { nodeBench, type NodeReport } from '../bench/node.ts';
import { preparePages, type PageSubject } from '../bench/pages.ts';
import { printReport } from '../bench/print.ts';
import { budgets, loadRow, type ExportRow, type LoadRow, type Report } from '../bench/report.ts';
import { serveInChild } from '../bench/server.ts';
import { writeScriptFree } from '../bench/scriptFree.ts';
import { kb, median, ms } from '../bench/stats.ts';
import { pageWeights } from '../bench/pageWeight.ts';
import { pathwayId, syntheticAtlas, writeAtlas } from '../bench/synthetic.ts';
import { svgFacts } from '../bench/svgFacts.ts';
import { layoutPathway } from '../src/lib/layout/layoutPathway.ts';
import { layoutCache } from '../src/lib/server/layoutCache.ts';
import { readCuratedDir } from '../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../src/lib/validate/validateAtlas.ts';
import { writeFileSafely } from '../src/lib/server/writeFile.js';

const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: '50,100,200,1000,5000' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string', default: 'bench-report.json' },
		docs: { type: 'string', default: BENCHMARKS_PAGE }
	}
});
const SIZES = args.sizes.split(',').map(Number);
const SEED = Number(args.seed);
const WORK = join(tmpdir(), 'mechanism-atlas-bench');
/** SvelteKit's working folders for the bench's builds: inside the project, so packages resolve. */
const KIT_SCRATCH = join('.scratch', 'bench');
/** Not the tests' ports (4173, 5174, 5175). */
const PORTS = { real: 4301, synthetic: 4302, pages: 4303, studio: 4304 };
const log = (line: string) => console.log(line);
/** The longest a cytoscape-dagre layout may run in Node before it is stopped. */
const DAGRE_CAP_MS = 240_000;
const started = performance.now();

/** `npx vite build` of one atlas into its own folders; the manifest copied for the report. */
async function buildSite(
	atlasDir: string,
	outDir: string,
	manifestCopy: string,
	sourcemap = false
): Promise<void> {
	const logFile = `${outDir}.log`;
	const out = createWriteStream(logFile);
	const kitDir = join(KIT_SCRATCH, basename(outDir));
	const code = await new Promise<number | null>((done) => {
		const child = spawn('npx', ['vite', 'build', ...(sourcemap ? ['--sourcemap'] : [])], {
			env: { ...process.env, ATLAS_DIR: atlasDir, ATLAS_BUILD_DIR: outDir, ATLAS_KIT_DIR: kitDir },
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
	copyFileSync(join(kitDir, 'output', 'client', '.vite', 'manifest.json'), manifestCopy);
}

async function main() {
	rmSync(WORK, { recursive: true, force: true });
	rmSync(KIT_SCRATCH, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });
	log(`Scratch folder: ${WORK}`);

	// ---- 1. Node ---------------------------------------------------------------------------
	log('\n1. Node: validation, layout and SVG render (medians), cytoscape-dagre in a child process');
	const node: NodeReport = await nodeBench({
		sizes: SIZES,
		seed: SEED,
		dir: join(WORK, 'node'),
		baselineTimeoutMs: DAGRE_CAP_MS,
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
			laidOut: layoutPathway(p, real.entities)
		})),
		// The same cache the build reads: laid out once in step 1, not again here or in the build.
		...synthetic.pathways.map((p) => ({
			pathway: p,
			atlas: synthetic,
			laidOut: layoutCache.layout(p, synthetic.entities)
		}))
	];
	const pagesDir = await preparePages(join(WORK, 'pages'), subjects);
	const realSite = join(WORK, 'site-real');
	const synSite = join(WORK, 'site-synthetic');
	const buildStart = performance.now();
	await withLock(
		'the builds',
		async () => {
			// With source maps, to name the modules the page's JavaScript is made of.
			await buildSite('pathways', realSite, join(WORK, 'manifest-real.json'), true);
			await buildSite(siteAtlas, synSite, join(WORK, 'manifest-synthetic.json'));
		},
		log
	);
	log(`  built both in ${ms(performance.now() - buildStart)}`);
	const pageWeight = pageWeights(
		subjects.map(({ pathway, atlas }) => ({
			id: pathway.id,
			nodes: pathway.nodes.length,
			real: atlas === real,
			site: atlas === real ? realSite : synSite
		}))
	);
	log(`  pathway page HTML: ${pageWeight.pages.map((p) => `${p.id} ${kb(p.bytes)}`).join(', ')}`);
	const atlasBuild = await withLock(
		'the atlas builds',
		() =>
			atlasBuilds(join(WORK, 'atlas-builds'), SEED, (dir, out) =>
				buildSite(dir, out, join(WORK, `manifest-${basename(out)}.json`))
			),
		log
	);
	for (const r of atlasBuild.rows)
		log(`  ${r.pathways} pathways (${r.nodes} nodes): built in ${r.seconds.toFixed(1)} s`);

	// ---- 3. Chromium -----------------------------------------------------------------------
	log(
		'\n3. Chromium: page loads, clicks, zoom/pan frames, scripts, export, curation (under the build lock)'
	);
	const servers = await Promise.all([
		serveInChild(realSite, PORTS.real),
		serveInChild(synSite, PORTS.synthetic),
		serveInChild(pagesDir, PORTS.pages)
	]);
	const [realUrl, synUrl, pagesUrl] = servers.map((s) => s.url) as [string, string, string];
	const browser = await launch();
	const loads: LoadRow[] = [];
	let noScript: LoadResult | undefined;
	let bundle: BundleReport | undefined;
	const clicks: { atlas?: ClickResult; baseline?: ClickResult; atlas1000?: ClickResult } = {};
	const frames: {
		atlas?: FrameResult;
		cytoscapeDefaults?: FrameResult;
		cytoscapeOptions?: FrameResult;
	} = {};
	const exports: ExportRow[] = [];
	const firstViews: FirstViewRow[] = [];
	let curation: CurationResult | undefined;
	const problems: string[] = [];
	/** One measurement: a failure is noted in the report and the others still run. */
	async function attempt(what: string, fn: () => Promise<void>) {
		try {
			await fn();
		} catch (error) {
			const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
			problems.push(`${what}: ${message}`);
			log(`  ${what} failed: ${message}`);
		}
	}
	const baselineUrl = (id: string, extra = '') => `${pagesUrl}/baseline.html?id=${id}${extra}`;
	const cascade = 'ketamine-disinhibition';
	try {
		await withLock(
			'real pathways in Chromium',
			async () => {
				await attempt('page scripts', async () => {
					const scripts = await scriptsLoaded(
						browser,
						ATLAS_PAGE,
						`${realUrl}/pathways/${cascade}`
					);
					const manifest = join(WORK, 'manifest-real.json');
					const first = scriptsBeforeFirstUse(realSite, `pathways/${cascade}.html`);
					bundle = {
						...bundleReport(realSite, scripts, manifest),
						beforeFirstUse: bundleReport(realSite, first, manifest)
					};
				});
				for (const p of real.pathways)
					await attempt(`page loads of ${p.id}`, async () => {
						const [atlas, base] = await pairedLoads(
							browser,
							{ kind: ATLAS_PAGE, url: `${realUrl}/pathways/${p.id}` },
							{ kind: BASELINE_PAGE, url: baselineUrl(p.id) },
							5
						);
						loads.push(loadRow(p.id, p.nodes.length, true, atlas, base));
						log(
							`  ${p.id}: interactive ${ms(atlas.interactiveMs)} vs baseline ${ms(base.interactiveMs)}`
						);
					});
				await attempt('the page with no script', async () => {
					const url = `${realUrl}/pathways/${writeScriptFree(realSite, cascade)}`;
					noScript = await pageLoads(browser, SCRIPT_FREE_PAGE, url, 5);
					log(`  ${cascade} with no script: interactive ${ms(noScript.interactiveMs)}`);
				});
				for (const p of real.pathways)
					await attempt(`first view of ${p.id}`, async () => {
						const url = `${realUrl}/pathways/${p.id}`;
						const row = await firstView(browser, url, p.id, { width: 1440, height: 900 });
						firstViews.push(row);
						log(`  ${p.id}: first view, smallest label ${row.smallestLabelPx.toFixed(1)} px`);
					});
				await attempt('clicks', async () => {
					clicks.atlas = await clickLatency(
						browser,
						ATLAS_PAGE,
						`${realUrl}/pathways/${cascade}`,
						8
					);
					clicks.baseline = await clickLatency(browser, BASELINE_PAGE, baselineUrl(cascade), 8);
				});
			},
			log
		);
		await withLock(
			'synthetic pathways in Chromium',
			async () => {
				for (const size of SIZES)
					await attempt(`page loads of ${size} nodes`, async () => {
						const id = pathwayId(size);
						const times = size <= 200 ? 3 : 2;
						const atlasPage = { kind: ATLAS_PAGE, url: `${synUrl}/pathways/${id}` };
						const [atlas, base] =
							size <= 1000
								? await pairedLoads(
										browser,
										atlasPage,
										{
											kind: BASELINE_PAGE,
											url: baselineUrl(id),
											// dagre in the browser at 1,000 nodes: once, and stopped after 45 s
											times: size <= 200 ? times : 1,
											timeoutMs: size <= 200 ? 60_000 : 45_000
										},
										times,
										120_000
									)
								: [
										await pageLoads(browser, ATLAS_PAGE, atlasPage.url, times, 120_000),
										{
											url: '',
											runs: [],
											note: 'skipped: dagre takes minutes, then fails, at 5,000 nodes'
										}
									];
						loads.push(loadRow(id, size, false, atlas, base));
						log(
							`  ${id}: interactive ${ms(atlas.interactiveMs)}${atlas.note ? ` (${atlas.note})` : ''} vs baseline ${base.interactiveMs ? ms(base.interactiveMs) : base.note}`
						);
					});
			},
			log
		);
		await withLock(
			'interaction and export in Chromium',
			async () => {
				if (SIZES.includes(1000)) {
					const id = pathwayId(1000);
					await attempt('zoom/pan frames', async () => {
						frames.atlas = await zoomPanFrames(browser, ATLAS_PAGE, `${synUrl}/pathways/${id}`);
						frames.cytoscapeDefaults = await zoomPanFrames(
							browser,
							BASELINE_PAGE,
							baselineUrl(id, '&preset')
						);
						frames.cytoscapeOptions = await zoomPanFrames(
							browser,
							BASELINE_PAGE,
							baselineUrl(id, '&preset&perf')
						);
						log(`  zoom/pan at 1,000 nodes: median frame ${ms(frames.atlas.medianMs)}`);
					});
					await attempt('clicks at 1,000 nodes', async () => {
						clicks.atlas1000 = await clickLatency(
							browser,
							ATLAS_PAGE,
							`${synUrl}/pathways/${id}`,
							6
						);
					});
				}
				const exportIds = [
					...real.pathways.map((p) => p.id),
					...SIZES.filter((s) => s <= 1000).map(pathwayId)
				];
				for (const id of exportIds)
					await attempt(`export of ${id}`, async () => {
						const laidOut = subjects.find((s) => s.pathway.id === id)!.laidOut;
						const runs = await exportBoth(browser, pagesUrl, id, 5);
						const ours = { ...svgFacts(runs.ours.svg, laidOut), ms: median(runs.ours.ms) };
						const theirs = { ...svgFacts(runs.theirs.svg, laidOut), ms: median(runs.theirs.ms) };
						exports.push({ id, ours, theirs, smaller: theirs.bytes / ours.bytes });
					});
				log(`  export: ${exports.length} pathways through both renderers`);
			},
			log
		);
		await withLock(
			'the studio in Chromium',
			async () => {
				await attempt('curation in the studio', async () => {
					const kitDir = join(KIT_SCRATCH, 'studio');
					curation = await measureCuration(browser, PORTS.studio, join(WORK, 'studio'), kitDir);
					log(
						`  curation: ${curation.totalInputs} inputs in ${curation.seconds.toFixed(1)} s against ${curation.handCharacters} characters by hand`
					);
				});
			},
			log
		);
	} finally {
		await browser.close();
		await Promise.all(servers.map((s) => s.close()));
	}

	// ---- 4. Report ---------------------------------------------------------------------------
	const partial: Omit<Report, 'budgets'> = {
		date: new Date().toISOString(),
		machine: { node: process.version, cpus: cpus().length, loadAverage: loadavg() },
		seed: SEED,
		sizes: SIZES,
		node,
		pageLoads: loads,
		...(noScript ? { noScript } : {}),
		clicks,
		frames,
		...(bundle ? { bundle } : {}),
		pageWeight,
		atlasBuild,
		exports,
		firstViews,
		...(curation ? { curation } : {}),
		problems,
		totalSeconds: Math.round((performance.now() - started) / 1000)
	};
	const report: Report = { ...partial, budgets: budgets(partial, DAGRE_CAP_MS) };
	writeFileSafely(args.out, JSON.stringify(report, null, '\t') + '\n');
	writeFileSafely(args.docs, benchmarksMarkdown(report));
	printReport(report, log);
	log(
		`\nWrote ${args.out} and ${args.docs} in ${report.totalSeconds} s (load average ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}).`
	);
}

const cleanUp = () => rmSync(KIT_SCRATCH, { recursive: true, force: true });
main().then(cleanUp, (error) => {
	cleanUp();
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
