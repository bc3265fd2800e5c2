/**
 * The benchmark's own pages, in a scratch folder: the baseline app (a typical Cytoscape.js app:
 * fetch, cytoscape-dagre in the browser, draw) and the export comparison, each bundled by Vite
 * for production, and the data files they fetch.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { LaidOutPathway } from '../src/lib/layout/types.ts';
import type { Atlas, Pathway } from '../src/lib/model/atlas.ts';
import { baselineData, exportData, exportJson } from './pages/data.ts';

const PAGE = (script: string, title: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
	body { margin: 0; font-family: sans-serif; display: grid; grid-template-columns: 1fr 24rem; height: 100vh; }
	#cy { position: relative; height: 62vh; min-height: 24rem; border: 1px solid #ccc; }
	#panel { padding: 0 1rem; overflow: auto; }
</style>
</head>
<body>
<div id="cy"></div>
<aside id="panel"><p>Nothing selected.</p></aside>
<script type="module" src="./${script}.js"></script>
</body>
</html>
`;

export interface PageSubject {
	pathway: Pathway;
	laidOut: LaidOutPathway;
	atlas: Atlas;
}

/** Writes the pages and the data of every subject; returns the folder. */
export async function preparePages(dir: string, subjects: PageSubject[]): Promise<string> {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'data'), { recursive: true });
	await build({
		configFile: false,
		logLevel: 'warn',
		root: process.cwd(),
		define: { 'process.env.NODE_ENV': JSON.stringify('production') },
		build: {
			outDir: dir,
			emptyOutDir: false,
			minify: true,
			reportCompressedSize: false,
			rollupOptions: {
				input: { baseline: 'bench/pages/baseline.ts', exporter: 'bench/pages/exporter.ts' },
				output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' }
			}
		}
	});
	writeFileSync(
		join(dir, 'baseline.html'),
		PAGE('baseline', 'Baseline: cytoscape-dagre in the browser')
	);
	writeFileSync(
		join(dir, 'exporter.html'),
		PAGE('exporter', 'Export: renderSvg and cytoscape-svg')
	);
	for (const { pathway, laidOut, atlas } of subjects) {
		writeFileSync(
			join(dir, 'data', `${pathway.id}.json`),
			JSON.stringify(baselineData(laidOut, pathway))
		);
		writeFileSync(
			join(dir, 'data', `${pathway.id}.export.json`),
			exportJson(exportData(laidOut, pathway, atlas))
		);
	}
	return dir;
}
