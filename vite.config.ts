import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { atlasPlugin } from './src/lib/server/atlasPlugin.ts';
import { atlasDir } from './src/lib/server/loadAtlas.ts';
import { isStudioWrite } from './src/lib/studio/node/ownWrites.ts';
import { studioPlugin } from './src/lib/studio/node/studioPlugin.ts';

export default defineConfig({
	// The studio's writes need no reload under the curator: it validated them and shows them itself.
	plugins: [atlasPlugin({ quiet: isStudioWrite }), studioPlugin(atlasDir), sveltekit()],
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
	test: {
		include: ['tests/unit/**/*.test.ts'],
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		testTimeout: 60_000
	}
});
