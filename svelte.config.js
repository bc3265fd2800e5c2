import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { outputProblem, protectedFolders } from './src/lib/server/outputGuard.js';

const buildDir = process.env.ATLAS_BUILD_DIR || 'build';
// The build empties its output folder: one that is, holds or lies inside the atlas or the
// project's sources is refused here, before anything is written.
const refusal = outputProblem(buildDir, 'ATLAS_BUILD_DIR', protectedFolders(process.env.ATLAS_DIR));
if (refusal) {
	console.error(`build: ${refusal}`);
	process.exit(1);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// ATLAS_KIT_DIR: SvelteKit's working folder, for builds that must leave .svelte-kit/ alone
		// (the benchmark's and the tests' scratch builds). Inside the project, so that packages resolve.
		outDir: process.env.ATLAS_KIT_DIR || '.svelte-kit',
		// The pages' CSS goes into their <style>: no stylesheet request holds up the first paint.
		inlineStyleThreshold: Infinity,
		// ATLAS_BUILD_DIR: another output folder (the benchmark builds a synthetic atlas beside build/).
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		prerender: {
			// the search index is fetched, not linked: listed so that it is built
			entries: ['*', '/search.json'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A page per pathway (or source) is not crawled when the atlas has none: nothing to build.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => !route.includes('[id]'))) throw new Error(message);
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
