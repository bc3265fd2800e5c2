/**
 * The baseline: what a typical Cytoscape.js app does. Fetch the elements, run cytoscape-dagre in
 * the browser, draw; a tap shows the element's evidence in a panel. Same graph, same stylesheet
 * as the atlas. `?id=<pathway>`; `&preset` takes the atlas's positions instead of running dagre
 * (to compare drawing alone); `&perf` switches on Cytoscape's options for large graphs.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { cytoscapeStyle } from '../../src/lib/style/cytoscapeStyle.ts';
import { viewportOptions } from '../../src/lib/view/largeGraph.ts';
import type { BaselineData } from './data.ts';

cytoscape.use(dagre);

const params = new URLSearchParams(location.search);
const container = document.getElementById('cy') as HTMLDivElement;
const panel = document.getElementById('panel') as HTMLElement;

async function main() {
	const response = await fetch(`data/${params.get('id')}.json`);
	const data = (await response.json()) as BaselineData;
	const preset = params.has('preset');
	const elements: ElementDefinition[] = data.elements.map((el) =>
		preset && data.positions[el.data.id!] ? { ...el, position: data.positions[el.data.id!] } : el
	);
	const cy = cytoscape({
		container,
		elements,
		style: cytoscapeStyle('light'),
		layout: preset
			? { name: 'preset', fit: true, padding: 24 }
			: ({
					name: 'dagre',
					rankDir: data.direction,
					fit: true,
					padding: 24
				} as cytoscape.LayoutOptions),
		// the atlas viewer's options for large graphs, whatever the size
		...(params.has('perf') ? viewportOptions(Infinity) : {})
	});
	cy.on('tap', 'node, edge', (e) => {
		const details = data.details[e.target.id()];
		if (!details) return;
		const title = document.createElement('h3');
		title.textContent = details.title;
		const list = document.createElement('ul');
		for (const text of details.evidence) {
			const item = document.createElement('li');
			item.className = 'evidence';
			item.textContent = text;
			list.append(item);
		}
		panel.replaceChildren(title, list);
	});
	(window as unknown as { cy: cytoscape.Core }).cy = cy;
	requestAnimationFrame(() => (container.dataset.ready = 'true'));
}

main();
