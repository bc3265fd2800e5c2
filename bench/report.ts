/** The benchmark's report (bench-report.json) and its budgets, each met or not. */
import type { ClickResult, FrameResult, LoadResult } from './browser.ts';
import type { BundleReport } from './bundle.ts';
import { structureRatio, type CurationResult } from './curationFigure.ts';
import { FIRST_VIEW_MIN_LABEL_PX, type FirstViewRow } from './firstView.ts';
import type { NodeReport } from './node.ts';
import type { AtlasBuildReport } from './atlasBuild.ts';
import type { PageWeightReport } from './pageWeight.ts';
import { kb, ms, ratio } from './stats.ts';
import type { SvgFacts } from './svgFacts.ts';

export interface LoadRow {
	id: string;
	nodes: number;
	/** A curated pathway (the budgets are for those), or a synthetic cascade. */
	real: boolean;
	atlas: LoadResult;
	baseline: LoadResult;
	/** baseline / atlas, time to interactive. */
	speedup?: number;
	/** The baseline was stopped: the speed-up is at least this. */
	speedupAtLeast?: number;
}

export interface ExportRow {
	id: string;
	ours: SvgFacts & { ms: number };
	theirs: SvgFacts & { ms: number };
	/** Their bytes / ours. */
	smaller: number;
}

export interface Budget {
	name: string;
	target: string;
	measured: string;
	met: boolean;
}

export interface Report {
	date: string;
	machine: { node: string; cpus: number; loadAverage: number[] };
	seed: number;
	sizes: number[];
	node: NodeReport;
	pageLoads: LoadRow[];
	/**
	 * The cascade's page with every script removed: what this harness (Playwright's clicks, a
	 * fresh Chromium context) takes to see a click answered by a page that runs nothing.
	 */
	noScript?: LoadResult;
	clicks: { atlas?: ClickResult; baseline?: ClickResult; atlas1000?: ClickResult };
	frames: { atlas?: FrameResult; cytoscapeDefaults?: FrameResult; cytoscapeOptions?: FrameResult };
	bundle?: BundleReport;
	pageWeight?: PageWeightReport;
	/** Builds of synthetic atlases of 25 and 100 pathways. */
	atlasBuild?: AtlasBuildReport;
	exports: ExportRow[];
	/** The pathway page's first view of each curated pathway, at 1440 × 900. */
	firstViews?: FirstViewRow[];
	/** The studio's scripted curator against typing the same YAML by hand. */
	curation?: CurationResult;
	/** Measurements that failed; the rest of the report stands. */
	problems: string[];
	budgets: Budget[];
	totalSeconds: number;
}

export function loadRow(
	id: string,
	nodes: number,
	real: boolean,
	atlas: LoadResult,
	baseline: LoadResult
): LoadRow {
	const row: LoadRow = { id, nodes, real, atlas, baseline };
	if (atlas.interactiveMs && baseline.interactiveMs)
		row.speedup = baseline.interactiveMs / atlas.interactiveMs;
	else if (atlas.interactiveMs && baseline.note) {
		const limit = Number(/(\d+) s\b/.exec(baseline.note)?.[1] ?? NaN) * 1000;
		if (limit) row.speedupAtLeast = limit / atlas.interactiveMs;
	}
	return row;
}

const unmeasured = (name: string, target: string): Budget => ({
	name,
	target,
	measured: 'not measured (see problems)',
	met: false
});

/** The issue's budgets against this run's figures. `dagreCapMs`: where the dagre baseline stops. */
export function budgets(r: Omit<Report, 'budgets'>, dagreCapMs: number): Budget[] {
	const out: Budget[] = [];
	const real = r.pageLoads.filter((l) => l.real);
	const interactive = real.map((l) => l.atlas.interactiveMs);
	if (real.length && interactive.every((v) => v !== undefined)) {
		const worst = Math.max(...(interactive as number[]));
		const floor = r.noScript?.interactiveMs;
		const noScript = floor ? ` (the same page with no script: ${ms(floor)})` : '';
		out.push({
			name: 'real pathways: interactive after navigation',
			target: '< 200 ms',
			measured: `worst ${ms(worst)}${noScript}`,
			met: worst < 200
		});
		const speedups = real.map((l) => l.speedup ?? 0);
		const least = Math.min(...speedups);
		out.push({
			name: 'real pathways: interactive vs the typical app',
			target: '≥ 3× faster',
			measured: `worst ${ratio(least)}`,
			met: least >= 3
		});
	} else {
		out.push(unmeasured('real pathways: interactive after navigation', '< 200 ms'));
		out.push(unmeasured('real pathways: interactive vs the typical app', '≥ 3× faster'));
	}

	if (r.bundle) {
		const loaded = Object.entries(r.bundle.absent)
			.filter(([name, absent]) => !absent && name !== 'cytoscape')
			.map(([name]) => name);
		out.push({
			name: 'pathway page JavaScript, gzipped (after the diagram loads)',
			target: '< 180 KiB; dagre and export code not loaded',
			measured: `${kb(r.bundle.totalGzip)} (${(r.bundle.totalGzip / 1000).toFixed(1)} kB); ${loaded.length ? `loaded: ${loaded.join(', ')}` : 'neither loaded'}`,
			met: r.bundle.totalGzip < 180 * 1024 && !loaded.length
		});
	} else
		out.push(unmeasured('pathway page JavaScript, gzipped (after the diagram loads)', '< 180 KiB'));
	const first = r.bundle?.beforeFirstUse;
	if (first) {
		const early = Object.entries(first.absent)
			.filter(([, absent]) => !absent)
			.map(([name]) => name);
		out.push({
			name: 'pathway page JS before first use (KiB gz)',
			target: '≤ 60 KiB; Cytoscape, dagre and export code not loaded',
			measured: `${kb(first.totalGzip)} in ${first.chunks.length} files; ${early.length ? `loaded: ${early.join(', ')}` : 'none of them loaded'}`,
			met: first.totalGzip <= 60 * 1024 && !early.length
		});
	} else out.push(unmeasured('pathway page JS before first use (KiB gz)', '≤ 60 KiB'));

	const at1000 = r.node.sizes.find((s) => s.size === 1000);
	const dagre1000 = at1000?.baselines.find((b) => b.ranker === 'network-simplex');
	if (at1000 && dagre1000) {
		const speed = (dagre1000.ms ?? dagreCapMs) / at1000.layoutMs;
		const ours = at1000.quality.crossingsPerEdge;
		const theirs = dagre1000.quality?.crossingsPerEdge;
		out.push({
			name: 'layout at 1,000 nodes vs cytoscape-dagre defaults',
			target: '≥ 10× faster, no more crossings per edge',
			measured:
				`${dagre1000.ms ? '' : '≥ '}${ratio(speed)} (${ms(at1000.layoutMs)} vs ${dagre1000.ms ? ms(dagre1000.ms) : dagre1000.note}); ` +
				`crossings/edge ${ours.toFixed(2)} vs ${theirs === undefined ? 'unknown (dagre did not finish)' : theirs.toFixed(2)}`,
			met: speed >= 10 && theirs !== undefined && ours <= theirs
		});
	}
	const at5000 = r.node.sizes.find((s) => s.size === 5000);
	if (at5000)
		out.push({
			name: '5,000 nodes laid out and rendered to SVG',
			target: '< 20 s',
			measured: `${ms(at5000.layoutMs + at5000.svgMs)} (layout ${ms(at5000.layoutMs)}, SVG ${ms(at5000.svgMs)})`,
			met: at5000.layoutMs + at5000.svgMs < 20_000
		});
	if (r.frames.atlas)
		out.push({
			name: 'zoom/pan at 1,000 nodes, median frame',
			target: '< 16.7 ms',
			measured: `${ms(r.frames.atlas.medianMs)} (p95 ${ms(r.frames.atlas.p95Ms)})`,
			met: r.frames.atlas.medianMs < 16.7
		});
	else if (r.sizes.includes(1000)) out.push(unmeasured('zoom/pan at 1,000 nodes', '< 16.7 ms'));

	out.push(firstViewBudget(r.firstViews));
	out.push(curationBudget(r.curation));
	out.push(pageWeightBudget(r.pageWeight));
	out.push(siteWeightBudget(r.atlasBuild));
	out.push(...largePageBudgets(r.pageLoads));

	const realExports = r.exports.filter((e) => r.pageLoads.some((l) => l.real && l.id === e.id));
	if (r.exports.length) {
		const worst = Math.min(...(realExports.length ? realExports : r.exports).map((e) => e.smaller));
		const text = r.exports.every((e) => e.ours.labelsAsText === e.ours.labels);
		const ids = r.exports.every((e) => e.ours.elementsWithIdAndClass === e.ours.diagramElements);
		out.push({
			name: 'exported SVG vs cytoscape-svg, same figure',
			target: '≥ 2× smaller; every label <text>; id and class on every element',
			measured: `worst ${ratio(worst)} smaller; labels as text: ${text ? 'all' : 'NOT all'}; ids and classes: ${ids ? 'all' : 'NOT all'}`,
			met: worst >= 2 && text && ids
		});
	} else out.push(unmeasured('exported SVG vs cytoscape-svg', '≥ 2× smaller'));
	return out;
}

/** Every curated pathway opens with every node label readable, and "fit all" shows it whole. */
function firstViewBudget(rows: FirstViewRow[] | undefined): Budget {
	const name = 'first view of every curated pathway at 1440 × 900';
	const target = `smallest node label ≥ ${FIRST_VIEW_MIN_LABEL_PX} px; whole after the fit key`;
	if (!rows?.length) return unmeasured(name, target);
	const worst = rows.reduce((a, b) => (b.smallestLabelPx < a.smallestLabelPx ? b : a));
	const cut = rows.filter((r) => !r.wholeAfterFit).map((r) => r.id);
	return {
		name,
		target,
		measured:
			`smallest ${worst.smallestLabelPx.toFixed(1)} px (${worst.id}); ` +
			(cut.length ? `NOT whole after fit: ${cut.join(', ')}` : 'all whole after fit'),
		met: worst.smallestLabelPx >= FIRST_VIEW_MIN_LABEL_PX && !cut.length
	};
}

/**
 * The studio's curator needs at most a fifth of the inputs of typing the YAML by hand, and for
 * the structure and the citations alone at most a fifteenth.
 */
export function curationBudget(c: CurationResult | undefined): Budget {
	const name = 'curating a pathway in the studio vs typing its YAML';
	const target = '≤ 1/5 of the characters typed by hand; structure and citations ≤ 1/15';
	if (!c) return unmeasured(name, target);
	const { clicks, keys, characters } = c.inputs;
	return {
		name,
		target,
		measured:
			`${c.totalInputs} inputs (${clicks} clicks, ${keys} keys, ${characters} characters) in ` +
			`${c.seconds.toFixed(1)} s against ${c.handCharacters} characters: ` +
			`${ratio(c.handCharacters / c.totalInputs)} fewer; structure and citations alone ` +
			`(${c.inputs.prose} characters of prose typed and ${c.inputs.taken} taken from the ` +
			`source left out): ${ratio(structureRatio(c))} fewer`,
		met: c.totalInputs * 5 <= c.handCharacters && structureRatio(c) >= 15
	};
}

/** The page-weight budget: each further node adds at most 5 KB of HTML, curated (both languages) or synthetic. */
function pageWeightBudget(w: PageWeightReport | undefined): Budget {
	const name = 'pathway page HTML, growth per node';
	const target = '≤ 5 KB per node';
	if (!w || (w.realPerNode === undefined && w.syntheticPerNode === undefined))
		return unmeasured(name, target);
	const largest = w.pages.reduce((a, b) => (b.nodes > a.nodes ? b : a));
	const slopes = [w.realPerNode, w.syntheticPerNode, w.realPerNodeZh].filter(
		(v) => v !== undefined
	);
	const perNode = (v: number | undefined) =>
		v === undefined ? '—' : `${(v / 1000).toFixed(1)} KB`;
	return {
		name,
		target,
		measured:
			`curated pages ${perNode(w.realPerNode)} (in Chinese ${perNode(w.realPerNodeZh)}), ` +
			`synthetic ${perNode(w.syntheticPerNode)} per node; ` +
			`largest page ${(largest.bytes / 1e6).toFixed(2)} MB at ${largest.nodes.toLocaleString('en')} nodes`,
		met: slopes.every((v) => v <= 5000)
	};
}

/** The most the 100-pathway atlas may weigh as a site, both languages. */
export const SITE_BUDGET_BYTES = 150e6;

/** The site of the 100-pathway synthetic atlas, both languages: at most 150 MB. */
export function siteWeightBudget(b: AtlasBuildReport | undefined): Budget {
	const name = 'the 100-pathway atlas as a site, both languages';
	const target = `≤ ${SITE_BUDGET_BYTES / 1e6} MB`;
	const row = b?.rows.find((r) => r.pathways === 100);
	if (!row) return unmeasured(name, target);
	return {
		name,
		target,
		measured: `${(row.bytes / 1e6).toFixed(1)} MB (${row.nodes.toLocaleString('en')} nodes)`,
		met: row.bytes <= SITE_BUDGET_BYTES
	};
}

/**
 * Large pages answer their first click soon: navigation to a click answered, at 1,000 and 5,000
 * nodes, against the 100-node page of the same run (the smallest synthetic page if none is 100).
 */
function largePageBudgets(loads: LoadRow[]): Budget[] {
	const synthetic = loads.filter((l) => !l.real && l.atlas.interactiveMs !== undefined);
	if (!synthetic.length) return [];
	const reference =
		synthetic.find((l) => l.nodes === 100) ??
		synthetic.reduce((a, b) => (b.nodes < a.nodes ? b : a));
	const base = reference.atlas.interactiveMs!;
	return (
		[
			[1000, 2],
			[5000, 4]
		] as const
	).flatMap(([nodes, limit]) => {
		const row = loads.find((l) => !l.real && l.nodes === nodes);
		if (!row) return [];
		const name = `first click at ${nodes.toLocaleString('en')} nodes vs ${reference.nodes}`;
		const target = `≤ ${limit}× the ${reference.nodes}-node page`;
		const at = row.atlas.interactiveMs;
		if (at === undefined) return [unmeasured(name, target)];
		return [
			{
				name,
				target,
				measured: `${ratio(at / base)} (${ms(at)} vs ${ms(base)})`,
				met: at / base <= limit
			}
		];
	});
}
