/**
 * The export comparison, in the browser: the atlas's renderSvg and cytoscape-svg's cy.svg() on
 * the same laid-out pathway, the same figure (the diagram alone: no title, legend or citations).
 */
import cytoscape from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { PAGE_FIGURE } from '../../src/lib/render/options.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { toCytoscapeElements } from '../../src/lib/style/cytoscapeElements.ts';
import { cytoscapeStyle } from '../../src/lib/style/cytoscapeStyle.ts';
import { readExportJson } from './data.ts';

cytoscape.use(cytoscapeSvg);

function timeRuns(runs: number, fn: () => string): { svg: string; ms: number[] } {
	const ms: number[] = [];
	let svg = '';
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		svg = fn();
		ms.push(performance.now() - start);
	}
	return { svg, ms };
}

async function exportBoth(id: string, runs: number) {
	const data = readExportJson(await (await fetch(`data/${id}.export.json`)).text());
	const ours = timeRuns(runs, () => renderSvg(data.laidOut, PAGE_FIGURE, data.context));
	const container = document.getElementById('cy') as HTMLDivElement;
	const cy = cytoscape({
		container,
		elements: toCytoscapeElements(data.laidOut),
		style: cytoscapeStyle('light'),
		layout: { name: 'preset', fit: true, padding: 0 }
	});
	await new Promise((done) => requestAnimationFrame(done));
	const theirs = timeRuns(runs, () =>
		(cy as unknown as { svg: (o: object) => string }).svg({ full: true, scale: 1, bg: '#ffffff' })
	);
	cy.destroy();
	return { ours, theirs };
}

(window as unknown as { exportBoth: typeof exportBoth }).exportBoth = exportBoth;
document.body.dataset.ready = 'true';
