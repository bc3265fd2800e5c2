import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { atlasPlugin } from './src/lib/server/atlasPlugin.ts';

export default defineConfig({
	plugins: [atlasPlugin(), sveltekit()],
	// A second dev server (the browser tests run two) needs its own dependency cache.
	cacheDir: process.env.VITE_CACHE_DIR ?? 'node_modules/.vite',
	server: { port: 5173 },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		testTimeout: 60_000
	}
});
