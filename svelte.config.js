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
		// The pages' CSS goes into their <style>: no stylesheet request holds up the first paint.
		inlineStyleThreshold: Infinity,
		// ATLAS_BUILD_DIR: another output folder (the benchmark builds a synthetic atlas beside build/).
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
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
