/**
 * The benchmark's Node part: validation, layout and SVG render of the real pathways and of the
 * synthetic cascades, each through the same pipeline as the build (files on disk, the one
 * validator, layoutPathway, renderSvg), and cytoscape-dagre's defaults on the same graphs.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { layoutChoice, layoutPathway } from '../src/lib/layout/layoutPathway.ts';
import type { LaidOutPathway } from '../src/lib/layout/types.ts';
import type { Atlas, Pathway } from '../src/lib/model/atlas.ts';
import { pageFigure } from '../src/lib/render/pageFigure.ts';
import { LayoutCache, layoutCache } from '../src/lib/server/layoutCache.ts';
import { readCuratedDir } from '../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../src/lib/validate/validateAtlas.ts';
import { layoutQuality, type LayoutQuality } from './quality.ts';
import { growthExponent, timed } from './stats.ts';
import { pathwayId, syntheticAtlas, writeAtlas } from './synthetic.ts';

export interface Baseline {
	/** What ran: cytoscape-dagre's defaults (network simplex), or its tight-tree ranker. */
	ranker: 'network-simplex' | 'tight-tree';
	ms?: number;
	quality?: LayoutQuality;
	/** Why there is no figure: skipped, timed out, failed. */
	note?: string;
}

export interface SizeResult {
	size: number;
	nodes: number;
	edges: number;
	compartments: number;
	engine: string;
	validateMs: number;
	layoutMs: number;
	svgMs: number;
	svgBytes: number;
	/** Layout again, unchanged, from a fresh process's view (disk cache, nothing in memory). */
	cachedLayoutMs: number;
	quality: LayoutQuality;
	baselines: Baseline[];
}

export interface RealResult {
	id: string;
	nodes: number;
	edges: number;
	layoutMs: number;
	svgMs: number;
	svgBytes: number;
	quality: LayoutQuality;
}

export interface NodeReport {
	sizes: SizeResult[];
	real: RealResult[];
	growth: { validate?: number; layout?: number; svg?: number; baselineLayout?: number };
}

export interface NodeOptions {
	sizes: number[];
	seed: number;
	/** A scratch folder: one synthetic atlas per size is written under it. */
	dir: string;
	/** Longest a cytoscape-dagre baseline may run before it is stopped. */
	baselineTimeoutMs: number;
	/** Largest size at which the default-dagre baseline runs at all. */
	baselineUpTo: number;
	log: (line: string) => void;
}

/** How many times each measurement is repeated, by size: medians of several for small graphs. */
const repeats = (size: number) => (size <= 200 ? 5 : size <= 1000 ? 3 : 2);

const svgOf = (laidOut: LaidOutPathway, pathway: Pathway, atlas: Atlas) =>
	pageFigure(laidOut, { pathway, sources: atlas.sources, references: atlas.references });

/** One cytoscape-dagre layout in a child process, so that a run past the time limit can be stopped. */
function baselineRun(
	dir: string,
	ranker: Baseline['ranker'],
	timeoutMs: number
): Promise<Baseline> {
	return new Promise((resolve) => {
		const child = spawn(
			process.execPath,
			['--import', 'tsx', join('bench', 'dagre-worker.ts'), dir, ranker],
			{ stdio: ['ignore', 'pipe', 'pipe'] }
		);
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			if (signal) return resolve({ ranker, note: `stopped after ${timeoutMs / 1000} s` });
			try {
				resolve({ ranker, ...(JSON.parse(out) as { ms: number; quality: LayoutQuality }) });
			} catch {
				resolve({ ranker, note: `failed (exit ${code}): ${err.trim().split('\n').pop()}` });
			}
		});
	});
}

function measureSize(size: number, options: NodeOptions): { result: SizeResult; dir: string } {
	const dir = writeAtlas(
		join(options.dir, `n${size}`),
		syntheticAtlas([size], options.seed, `n${size}`)
	);
	const times = repeats(size);
	const validation = timed(() => validateAtlas(readCuratedDir(dir)), times);
	const { atlas, errors } = validation.result;
	if (errors.length)
		throw new Error(`synthetic atlas of ${size} is invalid: ${errors[0]!.message}`);
	const pathway = atlas.pathways.find((p) => p.id === pathwayId(size))!;
	const layout = timed(() => layoutPathway(pathway, atlas.entities), times);
	const svg = timed(() => svgOf(layout.result, pathway, atlas), times);
	// The disk cache the build uses: warm it, then read it back as a new process would.
	layoutCache.layout(pathway, atlas.entities);
	const cached = timed(() => new LayoutCache(layoutCache.dir).layout(pathway, atlas.entities), 3);
	return {
		dir,
		result: {
			size,
			nodes: pathway.nodes.length,
			edges: pathway.edges.length,
			compartments: pathway.compartments.length,
			engine: layoutChoice(size).engine,
			validateMs: validation.ms,
			layoutMs: layout.ms,
			svgMs: svg.ms,
			svgBytes: Buffer.byteLength(svg.result),
			cachedLayoutMs: cached.ms,
			quality: layoutQuality(layout.result),
			baselines: []
		}
	};
}

export async function nodeBench(options: NodeOptions): Promise<NodeReport> {
	const { log } = options;
	const real: RealResult[] = [];
	const { atlas: curated } = validateAtlas(readCuratedDir('pathways'));
	for (const p of curated.pathways) {
		const layout = timed(() => layoutPathway(p, curated.entities), 5);
		const svg = timed(() => svgOf(layout.result, p, curated), 5);
		real.push({
			id: p.id,
			nodes: p.nodes.length,
			edges: p.edges.length,
			layoutMs: layout.ms,
			svgMs: svg.ms,
			svgBytes: Buffer.byteLength(svg.result),
			quality: layoutQuality(layout.result)
		});
	}
	log(`  real pathways: ${real.length} laid out and rendered`);

	const sizes: SizeResult[] = [];
	for (const size of options.sizes) {
		const { result, dir } = measureSize(size, options);
		log(
			`  ${size} nodes: validate ${result.validateMs.toFixed(0)} ms, layout (${result.engine}) ${result.layoutMs.toFixed(0)} ms, svg ${result.svgMs.toFixed(0)} ms`
		);
		if (size <= options.baselineUpTo) {
			const base = await baselineRun(dir, 'network-simplex', options.baselineTimeoutMs);
			result.baselines.push(base);
			log(`    cytoscape-dagre defaults: ${base.ms ? `${base.ms.toFixed(0)} ms` : base.note}`);
		} else {
			result.baselines.push({
				ranker: 'network-simplex',
				note: `skipped above ${options.baselineUpTo} nodes (dagre takes minutes, then fails)`
			});
		}
		if (size >= 200 && size <= options.baselineUpTo) {
			const tight = await baselineRun(dir, 'tight-tree', options.baselineTimeoutMs);
			result.baselines.push(tight);
			log(`    cytoscape-dagre tight-tree: ${tight.ms ? `${tight.ms.toFixed(0)} ms` : tight.note}`);
		}
		sizes.push(result);
	}
	const points = (pick: (s: SizeResult) => number | undefined) =>
		sizes.map((s) => ({ n: s.nodes, ms: pick(s) }));
	return {
		real,
		sizes,
		growth: {
			validate: growthExponent(points((s) => s.validateMs)),
			layout: growthExponent(points((s) => s.layoutMs)),
			svg: growthExponent(points((s) => s.svgMs)),
			baselineLayout: growthExponent(
				points((s) => s.baselines.find((b) => b.ranker === 'network-simplex')?.ms)
			)
		}
	};
}
