import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_MESSAGE } from './scripts/browser.js';

const chromium = findChromium();
if (!chromium.path) throw new Error(NO_BROWSER_MESSAGE);

// ATLAS_TEST_PORT moves the three test servers together (two checkouts can test side by side).
const PORT = Number(process.env.ATLAS_TEST_PORT) || 4173;
export const DEV_PORT = PORT + 1001;
export const XSS_PORT = PORT + 1002;
// Not under test-results/: Vite's watcher ignores that folder.
const DEV_ATLAS = '.dev-atlas';

export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	outputDir: 'test-results/playwright-artifacts',
	timeout: 30_000,
	forbidOnly: true,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: chromium.path,
			args: CHROMIUM_ARGS
		}
	},
	webServer: [
		{
			command: `npx vite preview --port ${PORT} --strictPort`,
			port: PORT,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			// The dev server, on a copy of the atlas that the live-reload test edits.
			command: `node scripts/copy-atlas.js pathways ${DEV_ATLAS} && npx vite dev --port ${DEV_PORT} --strictPort`,
			port: DEV_PORT,
			env: { ATLAS_DIR: DEV_ATLAS },
			reuseExistingServer: false,
			timeout: 120_000
		},
		{
			// The dev server on the hostile-text fixture: curated text must render inert.
			command: `npx vite dev --port ${XSS_PORT} --strictPort`,
			port: XSS_PORT,
			// Its own dependency cache and SvelteKit working folder: each server's sync writes its
			// environment into the working folder, and a rewrite there reloads the other's pages.
			env: {
				ATLAS_DIR: 'tests/fixtures/xss',
				VITE_CACHE_DIR: 'node_modules/.vite-xss',
				ATLAS_KIT_DIR: '.scratch/xss-kit'
			},
			reuseExistingServer: false,
			timeout: 120_000
		}
	]
});
