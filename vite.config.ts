import { sveltekit } from '@sveltejs/kit/vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { atlasPlugin } from './src/lib/server/atlasPlugin.ts';
import { atlasDir } from './src/lib/server/loadAtlas.ts';
import { slimCytoscape } from './src/lib/server/slimCytoscape.ts';
import { isStudioWrite } from './src/lib/studio/node/ownWrites.ts';
import { studioPlugin } from './src/lib/studio/node/studioPlugin.ts';

/**
 * Unit test files that need modules of their own: they mock a module (vi.mock), set the
 * environment before the imports (vi.hoisted), test a module's state from its first load, or
 * (validator-hostile) nest YAML deeper than a fresh parser's stack holds, which a parser the JIT
 * has warmed up over many files may read whole.
 */
const ISOLATED = [
	'tests/unit/atlas-files-unreadable.test.ts',
	'tests/unit/i18nTables.test.ts',
	'tests/unit/pseudoLocale.test.ts',
	'tests/unit/property-files.test.ts',
	'tests/unit/property.test.ts',
	'tests/unit/validator-hostile.test.ts'
];

export default defineConfig({
	// The studio's writes need no reload under the curator: it validated them and shows them itself.
	plugins: [
		atlasPlugin({ quiet: isStudioWrite }),
		studioPlugin(atlasDir),
		slimCytoscape(),
		sveltekit()
	],
	// A second dev server (the browser tests run two) needs its own dependency cache.
	cacheDir: process.env.VITE_CACHE_DIR ?? 'node_modules/.vite',
	build: {
		// Svelte's and SvelteKit's runtime in one chunk, not eight: fewer requests before hydration.
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'framework',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]/
						}
					]
				}
			}
		}
	},
	server: {
		port: 5173,
		// Built sites and scratch builds are not sources: watching their thousands of files slows the
		// watcher's first scan, and an edit made during that scan can go unnoticed.
		watch: { ignored: ['**/build/**', '**/.scratch/**', '**/test-results/**'] }
	},
	preview: { port: 4173, strictPort: true },
	// The unit tests (`npm run test:unit`); the commands as child processes: vitest.cli.config.ts.
	test: {
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		testTimeout: 60_000,
		// Threads start faster than processes, and most files share one set of modules: loading
		// the renderer, the layout and the validator again for every file took a third of the run,
		// and the curated atlas is read and laid out once, not once per file.
		pool: 'threads',
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: [...configDefaults.exclude, ...ISOLATED],
					isolate: false
				}
			},
			{ extends: true, test: { name: 'unit-isolated', include: ISOLATED, isolate: true } }
		]
	}
});
