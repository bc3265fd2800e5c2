/**
 * The curation figure: the inputs and seconds the scripted curator (tests/browser/studioCurator.ts)
 * needs to build its pathway in the studio, against the characters of the same YAML typed by hand.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { launch } from './browser.ts';
import { curateKetamineCalcium, type Inputs } from '../tests/browser/studioCurator.ts';
import { startStudio } from '../tests/browser/studioServer.ts';

export interface CurationResult {
	seconds: number;
	inputs: Inputs;
	/** Clicks, keys and characters typed, together. */
	totalInputs: number;
	/** The characters a curator would type to write the same files by hand (handCharacters). */
	handCharacters: number;
}

/**
 * What typing the YAML by hand takes: every character of the text, newlines included, except
 * each line's leading indentation (an editor keeps it). Quotes are in the text, so they count.
 */
export function handCharacters(yaml: string): number {
	return yaml.split('\n').reduce((sum, line, i) => sum + line.trimStart().length + (i ? 1 : 0), 0);
}

export function curationResult(
	seconds: number,
	inputs: Inputs,
	writtenYaml: string[]
): CurationResult {
	return {
		seconds,
		inputs: { clicks: inputs.clicks, keys: inputs.keys, characters: inputs.characters },
		totalInputs: inputs.clicks + inputs.keys + inputs.characters,
		handCharacters: writtenYaml.reduce((sum, text) => sum + handCharacters(text), 0)
	};
}

/**
 * Runs the scripted curator in Chromium on a studio dev server over a copy of the fixture atlas in
 * `dir`; SvelteKit's and Vite's working files go to `kitDir`. The hand-written route is the new
 * pathway file and the new entity's entry; the source record is left out, as both routes import it.
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
	const page = await browser.newPage();
	try {
		const entitiesBefore = studio.read('entities.yaml');
		await page.goto(`${studio.url}/studio`);
		const start = performance.now();
		const inputs = await curateKetamineCalcium(page);
		const seconds = (performance.now() - start) / 1000;
		const newEntity = studio.read('entities.yaml').slice(entitiesBefore.length);
		return curationResult(seconds, inputs, [studio.read('ketamine-calcium.yaml'), newEntity]);
	} finally {
		await page.close();
		await studio.stop();
	}
}

// Run as a program: `tsx bench/curation.ts <scratch folder> <port>` prints the figure alone.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const [scratch, port] = process.argv.slice(2);
	const browser = await launch();
	try {
		const result = await measureCuration(
			browser,
			Number(port),
			join(scratch!, 'studio-atlas'),
			join(scratch!, 'kit-studio')
		);
		console.log(JSON.stringify(result, null, '\t'));
	} finally {
		await browser.close();
	}
}
