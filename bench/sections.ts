/**
 * The benchmark's report as sections of tables and lines, one shape for both of its readers: the
 * terminal (print.ts) and docs/benchmarks.md (markdown.ts). A column is defined here once.
 */
import type { FrameResult } from './browser.ts';
import type { Report } from './report.ts';
import { kb, ms, ratio } from './stats.ts';

export interface Section {
	title: string;
	/** Lines of text before the table. */
	lines?: string[];
	/** The lines are items of a list (the problems), not one paragraph. */
	list?: boolean;
	table?: { head: string[]; rows: (string | number)[][] };
	/** Lines of text after the table. */
	after?: string[];
}

/** Every budget, met or not: what the bench is held to. */
export function budgetSection(r: Report): Section {
	return {
		title: 'Budgets',
		table: {
			head: ['budget', 'target', 'measured', 'met'],
			rows: r.budgets.map((b) => [b.name, b.target, b.measured, b.met ? 'yes' : 'NO'])
		}
	};
}

/** The measurements behind the budgets, in the order the bench takes them. */
export function reportSections(r: Report): Section[] {
	const { node } = r;
	const sections: Section[] = [
		{
			title: 'Node: synthetic cascades (medians)',
			table: {
				head: [
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
				rows: node.sizes.map((s) => {
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
						t
							? t.ms
								? `${ms(t.ms)}, ${t.quality!.crossingsPerEdge.toFixed(2)}/edge`
								: t.note!
							: '—'
					];
				})
			},
			after: [
				`growth exponents (time ∝ n^k): validate ${node.growth.validate ?? '—'}, layout ${node.growth.layout ?? '—'}, svg ${node.growth.svg ?? '—'}, dagre defaults ${node.growth.baselineLayout ?? '—'}`
			]
		},
		{
			title: 'Node: real pathways (medians)',
			table: {
				head: ['pathway', 'nodes', 'layout', 'svg', 'crossings'],
				rows: node.real.map((p) => [
					p.id,
					p.nodes,
					ms(p.layoutMs),
					ms(p.svgMs),
					p.quality.crossings
				])
			}
		},
		{
			title: 'Chromium: page loads (medians, fresh context each run)',
			table: {
				head: [
					'pathway',
					'nodes',
					'visible',
					'interactive',
					'baseline visible',
					'baseline interactive',
					'speed-up'
				],
				rows: r.pageLoads.map((l) => [
					l.id,
					l.nodes,
					ms(l.atlas.visibleMs) + (l.atlas.note ? ` (${l.atlas.note})` : ''),
					ms(l.atlas.interactiveMs),
					l.baseline.visibleMs ? ms(l.baseline.visibleMs) : (l.baseline.note ?? '—'),
					ms(l.baseline.interactiveMs),
					l.speedup ? ratio(l.speedup) : l.speedupAtLeast ? `≥ ${ratio(l.speedupAtLeast)}` : '—'
				])
			},
			after: r.noScript
				? [
						`the cascade's page with every script removed (this harness's floor): visible ${ms(r.noScript.visibleMs)}, interactive ${ms(r.noScript.interactiveMs)}`
					]
				: []
		},
		{
			title: 'Click → details shown (median)',
			lines: [
				`atlas ${ms(r.clicks.atlas?.medianMs)}, baseline ${ms(r.clicks.baseline?.medianMs)}, atlas at 1,000 nodes ${ms(r.clicks.atlas1000?.medianMs)}`
			]
		}
	];
	if (r.firstViews?.length)
		sections.push({
			title: 'First view at 1440 × 900',
			table: {
				head: ['pathway', 'smallest node label', 'whole after the fit key'],
				rows: r.firstViews.map((v) => [
					v.id,
					`${v.smallestLabelPx.toFixed(1)} px`,
					v.wholeAfterFit ? 'yes' : 'NO'
				])
			}
		});
	const f = r.frames;
	if (f.atlas)
		sections.push({
			title: 'Zoom and pan at 1,000 nodes',
			table: {
				head: ['view', 'frames', 'median', 'p95', 'max', 'slow frames'],
				rows: (
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
			}
		});
	if (r.bundle) {
		const b = r.bundle;
		sections.push(
			{
				title: 'Pathway page JavaScript, largest first',
				lines: [
					`${kb(b.totalGzip)} gzipped (${kb(b.totalBytes)} raw) after the diagram loads` +
						(b.beforeFirstUse ? `, ${kb(b.beforeFirstUse.totalGzip)} gzipped before first use` : '')
				],
				table: {
					head: ['file', 'gzip', 'raw', 'modules'],
					rows: b.chunks
						.slice(0, 10)
						.map((ch) => [ch.file, kb(ch.gzip), kb(ch.bytes), ch.modules.join(', ').slice(0, 80)])
				}
			},
			{
				title: 'Pathway page JavaScript by module',
				table: {
					head: ['module', 'gzip (share)', 'raw'],
					rows: b.modules.map((m) => [m.module, kb(m.gzip), kb(m.bytes)])
				},
				after: [
					`only when used: ${Object.entries(b.absent)
						.map(([name, absent]) => `${name} ${absent ? 'not loaded' : 'LOADED'}`)
						.join('; ')}`
				]
			}
		);
	}
	if (r.pageWeight)
		sections.push({
			title: 'Pathway page HTML (the built page: figure, details, page data)',
			table: {
				head: ['pathway', 'nodes', 'HTML', 'per node', 'HTML (zh)'],
				rows: r.pageWeight.pages.map((p) => [
					p.id,
					p.nodes,
					kb(p.bytes),
					kb(p.bytes / p.nodes),
					p.zhBytes === undefined ? '—' : kb(p.zhBytes)
				])
			}
		});
	if (r.atlasBuild) {
		const b = r.atlasBuild;
		const growth = b.secondsPerPathway;
		sections.push({
			title: 'Atlas build (synthetic, production)',
			lines: growth === undefined ? [] : [`${growth.toFixed(2)} s per further pathway`],
			table: {
				head: ['pathways', 'nodes', 'build', 'site'],
				rows: b.rows.map((row) => [
					row.pathways,
					row.nodes,
					`${row.seconds.toFixed(1)} s`,
					`${(row.bytes / 1e6).toFixed(1)} MB`
				])
			}
		});
	}
	sections.push({
		title: 'Export, same figure (no title, legend or citations): renderSvg vs cytoscape-svg',
		table: {
			head: [
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
			rows: r.exports.map((e) => [
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
		}
	});
	if (r.curation) {
		const c = r.curation;
		sections.push({
			title: 'Curation in the studio (the scripted curator)',
			lines: [
				`${c.inputs.clicks} clicks, ${c.inputs.keys} keys and ${c.inputs.characters} characters typed (${c.totalInputs} inputs, ${c.inputs.prose} characters of them prose, and ${c.inputs.taken} characters of prose taken from the source's words) in ${c.seconds.toFixed(1)} s; the same YAML typed by hand: ${c.handCharacters} characters`
			]
		});
	}
	if (r.problems.length)
		sections.push({ title: 'Problems (measurements that failed)', lines: r.problems, list: true });
	return sections;
}
