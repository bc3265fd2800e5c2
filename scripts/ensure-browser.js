// Before the browser tests: make sure a Chromium exists, fetching Playwright's own when none does.
import { spawnSync } from 'node:child_process';
import { findChromium, NO_BROWSER_MESSAGE } from './browser.js';

const found = findChromium();
if (found.from === 'CHROMIUM_PATH' && !found.path) {
	console.error(
		`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.\n${NO_BROWSER_MESSAGE}`
	);
	process.exit(1);
}
if (!found.path) {
	console.log('No Chromium found; trying: npx playwright install chromium');
	const run = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	if (run.status !== 0 || !findChromium().path) {
		console.error(NO_BROWSER_MESSAGE);
		process.exit(1);
	}
}
