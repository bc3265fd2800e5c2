/**
 * Vite plugin: the browser's Cytoscape.js, built from the package's own published source with
 * only what the atlas uses. Its prebuilt bundle carries every graph algorithm, every layout and a
 * WebGL renderer; the pages draw laid-out positions with the canvas renderer ('preset') and call
 * none of the algorithms, which were a fifth of the diagram's JavaScript.
 *
 * Only the client build is slimmed: the server build, the dev server and the command-line tools
 * use the package as published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const packageDir = () => join(dirname(createRequire(import.meta.url).resolve('cytoscape')), '..');

/**
 * Modules of Cytoscape's source replaced, by path within `src/`, and what stands in for them.
 * Kept: breadth-first search (collection.components() walks with it), and the null, preset and
 * grid layouts (grid is Cytoscape's default when elements come without a layout).
 */
const REPLACED = new Map<string, (version: string) => string>([
	[
		'collection/algorithms/index.mjs',
		() => `import bfsDfs from './bfs-dfs.mjs';\nexport default { ...bfsDfs };\n`
	],
	[
		'extensions/layout/index.mjs',
		() =>
			[
				`import gridLayout from './grid.mjs';`,
				`import nullLayout from './null.mjs';`,
				`import presetLayout from './preset.mjs';`,
				`export default [`,
				`\t{ name: 'grid', impl: gridLayout },`,
				`\t{ name: 'null', impl: nullLayout },`,
				`\t{ name: 'preset', impl: presetLayout }`,
				`];\n`
			].join('\n')
	],
	// Used only when a page asks Cytoscape for WebGL, which none does.
	['extensions/renderer/canvas/webgl/drawing-redraw-webgl.mjs', () => `export default {};\n`],
	// The published bundle has its version written in at build time; the source reads process.env.
	['version.mjs', (version) => `export default ${JSON.stringify(version)};\n`]
]);

/** The files the slim build relies on, so that a Cytoscape release that moves them stops the build. */
const RELIED_ON = ['index.mjs', 'collection/algorithms/bfs-dfs.mjs', 'extensions/layout/grid.mjs'];

/** `dir`: the cytoscape package's folder (the installed one unless a test gives another). */
export function slimCytoscape(dir = packageDir()): Plugin {
	const src = join(dir, 'src');
	const version: string = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
	const replaced = new Map([...REPLACED].map(([path, code]) => [join(src, path), code(version)]));
	return {
		name: 'mechanism-atlas:slim-cytoscape',
		apply: 'build',
		enforce: 'pre',
		buildStart() {
			const missing = [...REPLACED.keys(), ...RELIED_ON].filter((p) => !existsSync(join(src, p)));
			if (missing.length)
				this.error(
					`cytoscape ${version}: its source no longer has ${missing.join(', ')}; update src/lib/server/slimCytoscape.ts to the new layout`
				);
		},
		resolveId(id, _importer, options) {
			if (id === 'cytoscape' && !options.ssr) return join(src, 'index.mjs');
		},
		load(id) {
			return replaced.get(id);
		}
	};
}
