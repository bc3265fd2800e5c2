// Which Chromium the browser tests drive: CHROMIUM_PATH, else Debian's, else Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Launch flags for a headless Chromium in a container: the browser tests and the bench share them. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export const NO_BROWSER_MESSAGE = [
	'No Chromium found for the browser tests. Get one of these two ways:',
	'  1. Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium   (then it is found at /usr/bin/chromium,',
	'     or set CHROMIUM_PATH=/path/to/chromium)',
	"  2. Playwright's own build: npx playwright install chromium"
].join('\n');

function playwrightsOwn() {
	try {
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** @returns {{ path: string | undefined; from: string }} */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return { path: existsSync(fromEnv) ? fromEnv : undefined, from: 'CHROMIUM_PATH' };
	if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, from: 'Debian' };
	const own = playwrightsOwn();
	return { path: own, from: 'Playwright' };
}
