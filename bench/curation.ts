/**
 * The curation figure, measured: the scripted curator (tests/browser/studioCurator.ts) builds its
 * pathway in the studio in Chromium, counting its inputs, timed.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { launch } from './browser.ts';
import { curateKetamineCalcium, PATHWAY_ID, SOURCE_ID } from '../tests/browser/studioCurator.ts';
import { curationResult, type CurationResult } from './curationFigure.ts';
import { startStudio } from '../tests/browser/studioServer.ts';

/** The sentences a source leaves uncited, as a curator would type them into its file. */
const uncitedYaml = (sourceText: string): string =>
	stringify({ uncited: parse(sourceText).uncited ?? [] }, { lineWidth: 0 });

/**
 * Runs the scripted curator in Chromium on a studio dev server over a copy of the fixture atlas in
 * `dir`; SvelteKit's and Vite's working files go to `kitDir`. The hand-written route is the new
 * pathway file, the new entity's entry and the source's uncited sentences; the source record is
 * left out, as both routes import it.
 */
export async function measureCuration(
	browser: Browser,
	port: number,
	dir: string,
	kitDir: string
): Promise<CurationResult> {
	const studio = await startStudio(port, dir, {
		ATLAS_KIT_DIR: kitDir,
		VITE_CACHE_DIR: join(kitDir, 'vite')
	});
	// The browser test's viewport; tsx wraps functions handed to the page in __name(...).
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
	const page = await context.newPage();
	try {
		const entitiesBefore = studio.read('entities.yaml');
		await page.goto(`${studio.url}/studio`);
		const start = performance.now();
		const inputs = await curateKetamineCalcium(page);
		const seconds = (performance.now() - start) / 1000;
		const newEntity = studio.read('entities.yaml').slice(entitiesBefore.length);
		const uncited = uncitedYaml(studio.read(`sources/${SOURCE_ID}.yaml`));
		return curationResult(seconds, inputs, [studio.read(`${PATHWAY_ID}.yaml`), newEntity, uncited]);
	} finally {
		await context.close();
		await studio.stop();
	}
}

// Run as a program: `tsx bench/curation.ts <scratch folder> <port>` prints the figure alone.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const [scratch, port] = process.argv.slice(2);
	if (!scratch || !Number.isInteger(Number(port))) {
		console.error('usage: npx tsx bench/curation.ts <scratch folder> <port>');
		process.exit(1);
	}
	const browser = await launch();
	try {
		const result = await measureCuration(
			browser,
			Number(port),
			join(scratch, 'studio-atlas'),
			join(scratch, 'kit-studio')
		);
		console.log(JSON.stringify(result, null, '\t'));
	} finally {
		await browser.close();
	}
}
