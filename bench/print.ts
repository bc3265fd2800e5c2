/** The benchmark's report as plain-text tables. */
import type { FrameResult } from './browser.ts';
import type { Report } from './report.ts';
import { kb, ms, ratio, table } from './stats.ts';

export function printReport(r: Report, log: (line: string) => void): void {
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
	if (r.noScript)
		log(
			`the cascade's page with every script removed (this harness's floor): visible ${ms(r.noScript.visibleMs)}, interactive ${ms(r.noScript.interactiveMs)}`
		);
	const c = r.clicks;
	log(
		`\nClick → details shown (median): atlas ${ms(c.atlas?.medianMs)}, baseline ${ms(c.baseline?.medianMs)}, atlas at 1,000 nodes ${ms(c.atlas1000?.medianMs)}`
	);
	if (r.firstViews?.length)
		log(
			'\n' +
				table(
					['first view at 1440 × 900', 'smallest node label', 'whole after the fit key'],
					r.firstViews.map((v) => [
						v.id,
						`${v.smallestLabelPx.toFixed(1)} px`,
						v.wholeAfterFit ? 'yes' : 'NO'
					])
				)
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
	if (r.bundle) {
		log(
			`\nPathway page JavaScript: ${kb(r.bundle.totalGzip)} gzipped (${kb(r.bundle.totalBytes)} raw) after the diagram loads` +
				(r.bundle.beforeFirstUse
					? `, ${kb(r.bundle.beforeFirstUse.totalGzip)} gzipped before first use`
					: '') +
				'; largest first'
		);
		log(
			table(
				['file', 'gzip', 'raw', 'modules'],
				r.bundle.chunks
					.slice(0, 10)
					.map((ch) => [ch.file, kb(ch.gzip), kb(ch.bytes), ch.modules.join(', ').slice(0, 80)])
			)
		);
		log(
			table(
				['module', 'gzip (share)', 'raw'],
				r.bundle.modules.map((m) => [m.module, kb(m.gzip), kb(m.bytes)])
			)
		);
		log(
			`only when used: ${Object.entries(r.bundle.absent)
				.map(([name, absent]) => `${name} ${absent ? 'not loaded' : 'LOADED'}`)
				.join('; ')}`
		);
	}
	if (r.pageWeight) {
		const w = r.pageWeight;
		log('\nPathway page HTML (the built page: figure, details, page data)');
		log(
			table(
				['pathway', 'nodes', 'HTML', 'per node', 'HTML (zh)'],
				w.pages.map((p) => [
					p.id,
					p.nodes,
					kb(p.bytes),
					kb(p.bytes / p.nodes),
					p.zhBytes === undefined ? '—' : kb(p.zhBytes)
				])
			)
		);
	}
	if (r.atlasBuild) {
		const b = r.atlasBuild;
		const growth = b.secondsPerPathway;
		log(
			`\nAtlas build (synthetic, production)${growth === undefined ? '' : `: ${growth.toFixed(2)} s per further pathway`}`
		);
		log(
			table(
				['pathways', 'nodes', 'build', 'site'],
				b.rows.map((row) => [
					row.pathways,
					row.nodes,
					`${row.seconds.toFixed(1)} s`,
					`${(row.bytes / 1e6).toFixed(1)} MB`
				])
			)
		);
	}
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
	if (r.curation) {
		const c = r.curation;
		log(
			`\nCuration in the studio (the scripted curator): ${c.inputs.clicks} clicks, ${c.inputs.keys} keys and ${c.inputs.characters} characters typed (${c.totalInputs} inputs) in ${c.seconds.toFixed(1)} s; the same YAML typed by hand: ${c.handCharacters} characters`
		);
	}
	if (r.problems.length)
		log(`\nProblems (measurements that failed):\n  ${r.problems.join('\n  ')}`);
	log('\nBudgets');
	log(
		table(
			['budget', 'target', 'measured', 'met'],
			r.budgets.map((b) => [b.name, b.target, b.measured, b.met ? 'yes' : 'NO'])
		)
	);
}
