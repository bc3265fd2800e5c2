import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { basePathSetting } from './src/lib/server/basePath.js';
import { buildFolders, buildFoldersProblem, markOutput } from './src/lib/server/outputGuard.js';

const { buildDir, kitDir } = buildFolders(process.env);
// ATLAS_BASE_PATH: the sub-path the site is served under (e.g. /pharm101/atlas), '' for the root.
const basePath = basePathSetting(process.env.ATLAS_BASE_PATH);
if ('problem' in basePath) {
	console.error(`build: ${basePath.problem}`);
	process.exit(1);
}
// The build empties its output folder, and SvelteKit writes its working files into its own: a
// folder that is a file, holds the project, is, holds or lies inside the atlas, lies inside the
// project but for its output folders, or holds files the build did not write, is refused here,
// before anything is written (src/lib/server/outputGuard.js).
const refusal = buildFoldersProblem(process.env);
if (refusal) {
	console.error(`build: ${refusal}`);
	process.exit(1);
}

/** adapter-static, leaving the marker that lets the next build empty the folder again. */
const staticAdapter = adapter({
	pages: buildDir,
	assets: buildDir,
	fallback: undefined,
	strict: true
});
const markedAdapter = {
	...staticAdapter,
	/** @param {import('@sveltejs/kit').Builder} builder */
	async adapt(builder) {
		await staticAdapter.adapt(builder);
		markOutput(buildDir, 'build');
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// ATLAS_KIT_DIR: SvelteKit's working folder, for builds that must leave .svelte-kit/ alone
		// (the benchmark's and the tests' scratch builds). Inside the project, so that packages resolve.
		outDir: kitDir,
		// Every link and asset goes through resolve()/base (or %sveltekit.assets%), so this one
		// setting moves the whole site under a sub-path.
		paths: { base: basePath.base },
		// The pages' CSS goes into their <style>: no stylesheet request holds up the first paint.
		inlineStyleThreshold: Infinity,
		// ATLAS_BUILD_DIR: another output folder (the benchmark builds a synthetic atlas beside build/).
		adapter: markedAdapter,
		prerender: {
			// the search index and the practice links are fetched, not linked: listed so that they are built
			entries: ['*', '/search.json', '/practice-links.json'],
			handleHttpError: 'fail',
			// An embed's figure links each element to #about-<id>, which its page does not hold (its
			// frame is too small for a name per element): the script selects the element the
			// address names once it runs.
			handleMissingId: ({ path, id, message }) => {
				if (!(path.endsWith('/embed') && id.startsWith('about-'))) throw new Error(message);
			},
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
