/**
 * Light before it is clicked: a pathway page answers from its HTML and a small script; Cytoscape
 * loads at the reader's first zoom, pinch or drag, or when the page is idle, and takes over with
 * the same selection and view.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import {
	bundleReport,
	CYTOSCAPE_UNUSED,
	isCytoscapeCode,
	scriptsBeforeFirstUse
} from '../../bench/bundle.ts';
import {
	detailsTitle,
	diagramReady,
	elementPoint,
	selectedOnCanvas,
	holdScripts
} from './helpers.ts';

const ID = 'ketamine-disinhibition';
const PAGE = `/pathways/${ID}`;
const SITE = 'build';
const BUDGET = 60 * 1024;
/** With the diagram loaded. */
const LOADED_BUDGET = 180 * 1024;

/** The page with the browser never idle: only a use of the figure loads Cytoscape. */
async function neverIdle(page: Page) {
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
}

/** Holds the Cytoscape chunk back until `release()`; records every script the page fetched. */
async function holdCytoscape(page: Page) {
	let release!: () => void;
	const held = new Promise<void>((done) => (release = done));
	const scripts: { path: string; bytes: number; cytoscape: boolean }[] = [];
	let asked = false;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.body();
		const cytoscape = isCytoscapeCode(body.toString());
		scripts.push({ path: new URL(route.request().url()).pathname, bytes: body.length, cytoscape });
		if (cytoscape) {
			asked = true;
			await held;
		}
		await route.fulfill({ response, body });
	});
	return { release, scripts, asked: () => asked };
}

/** The first click after hydration selects (one before it follows the figure's link instead). */
/** The cascade page, loaded and quiet, with the browser never idle: Cytoscape waits for a use. */
async function openNeverIdle(page: Page) {
	await neverIdle(page);
	await page.goto(PAGE);
	await page.waitForLoadState('networkidle');
}

async function pickOnInline(page: Page, id: string, title: string) {
	await expect(page.locator('.stage[data-hydrated="true"]')).toBeAttached({ timeout: 15_000 });
	await page.locator(`.static-figure #node-${id}`).click();
	await expect(detailsTitle(page)).toHaveText(title);
}

test('the built cascade page loads at most 60 KiB of JavaScript (gzipped) before first use, without Cytoscape', () => {
	const scripts = scriptsBeforeFirstUse(SITE, join('pathways', `${ID}.html`));
	expect(scripts.length).toBeGreaterThan(1);
	const first = bundleReport(SITE, scripts);
	expect(first.absent.cytoscape).toBe(true);
	expect(first.absent.dagre).toBe(true);
	expect(first.absent['zip (fflate)']).toBe(true);
	expect(first.totalGzip).toBeLessThanOrEqual(BUDGET);
});

test('with the diagram loaded, the page has fetched under 180 KiB of JavaScript (gzipped): Cytoscape without the algorithms, layouts and WebGL renderer it never uses', async ({
	page
}) => {
	const { release, scripts } = await holdCytoscape(page);
	release();
	await page.goto(PAGE);
	await diagramReady(page);
	await page.waitForLoadState('networkidle');
	const fetched = [...new Set(scripts.map((s) => s.path))];
	const cytoscape = scripts.filter((s) => s.cytoscape);
	expect(cytoscape).toHaveLength(1);
	const code = readFileSync(join(SITE, cytoscape[0]!.path), 'utf8');
	for (const [part, marker] of Object.entries(CYTOSCAPE_UNUSED))
		expect(marker.test(code), part).toBe(false);
	expect(bundleReport(SITE, fetched).totalGzip).toBeLessThan(LOADED_BUDGET);
});

test('in Chromium, the page fetches only that JavaScript until the figure is used', async ({
	page
}) => {
	await neverIdle(page);
	const { scripts, asked } = await holdCytoscape(page);
	await page.goto(PAGE);
	await page.waitForLoadState('networkidle');
	// hydrated (the figure's hooks are on), and nothing more to fetch
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
	const fetched = [...new Set(scripts.map((s) => s.path))];
	const expected = scriptsBeforeFirstUse(SITE, join('pathways', `${ID}.html`));
	expect(fetched.filter((path) => !expected.includes(path))).toEqual([]);
	expect(bundleReport(SITE, fetched).totalGzip).toBeLessThanOrEqual(BUDGET);
	// a click answers without Cytoscape (the router may fetch its error page, a few hundred bytes):
	// the name at once, the evidence with the details' code, which the first selection loads
	await pickOnInline(page, 'bdnf', 'BDNF');
	await expect(page.locator('.details .evidence').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(asked()).toBe(false);
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
});

test('before Cytoscape (held back), a click on a node of the inline figure shows its evidence; then Cytoscape takes over with the selection and the view kept', async ({
	page
}) => {
	const { release } = await holdCytoscape(page);
	await page.goto(PAGE);
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
	await pickOnInline(page, 'ketamine', 'Ketamine');
	const evidence = page.locator('.details .evidence').first();
	await expect(evidence.locator('mark')).toContainText('receptor antagonist ketamine');
	await expect(page).toHaveURL(/\?select=ketamine$/);
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
	// where the inline figure shows two nodes, the selected one among them
	const inline: Record<string, { x: number; y: number }> = {};
	for (const id of ['ketamine', 'nmda-receptor']) {
		const box = (await page
			.locator(`.static-figure #node-${id} > :is(rect, ellipse, path)`)
			.first()
			.boundingBox())!;
		inline[id] = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	}

	release();
	await diagramReady(page);
	await expect(page.locator('.static-figure')).toBeHidden();
	const selected = await selectedOnCanvas(page);
	expect(selected).toEqual(['ketamine']);
	await expect(detailsTitle(page)).toHaveText('Ketamine');
	// no jump: each node is drawn where the inline figure showed it
	for (const [id, at] of Object.entries(inline)) {
		const live = await elementPoint(page, id);
		expect(Math.abs(live.x - at.x), id).toBeLessThan(1.5);
		expect(Math.abs(live.y - at.y), id).toBeLessThan(1.5);
	}
});

test('Enter on a focused node of the inline figure selects it, as a click does', async ({
	page
}) => {
	const { release } = await holdCytoscape(page);
	await page.goto(PAGE);
	// hydrated: a click selects
	await pickOnInline(page, 'ketamine', 'Ketamine');
	await page.locator('.static-figure a:has(> #node-bdnf)').focus();
	await page.keyboard.press('Enter');
	await expect(detailsTitle(page)).toHaveText('BDNF');
	await expect(page).toHaveURL(/\?select=bdnf$/);
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
	release();
	await diagramReady(page);
});

test('with the page never idle, the first wheel on the figure loads Cytoscape', async ({
	page
}) => {
	await openNeverIdle(page);
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
	const figure = (await page.locator('.diagram').boundingBox())!;
	await page.mouse.move(figure.x + figure.width / 2, figure.y + figure.height / 2);
	await page.mouse.wheel(0, 40);
	await diagramReady(page);
});

test('with the page never idle, a zoom button loads Cytoscape and the zoom is applied when it arrives', async ({
	page
}) => {
	await openNeverIdle(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await diagramReady(page);
	const zoom = () =>
		page.evaluate(() => {
			const c = document.querySelector('.cy-container') as HTMLElement & {
				cy: import('cytoscape').Core;
			};
			return c.cy.zoom();
		});
	const zoomed = await zoom();
	await page.getByRole('button', { name: 'Reset view' }).click();
	expect(zoomed / (await zoom())).toBeCloseTo(1.25, 2);
});

test('a pathway page left alone loads Cytoscape once it is idle', async ({ page }) => {
	await page.goto(PAGE);
	await diagramReady(page);
});

test('with the page never idle, another layout direction loads Cytoscape, which draws the new layout', async ({
	page
}) => {
	await openNeverIdle(page);
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
	// the cascade opens left to right; top to bottom is asked for before Cytoscape has loaded
	await page.getByLabel('Layout direction').selectOption('TB');
	await diagramReady(page);
	await expect
		.poll(async () => {
			const [k, n] = [
				await elementPoint(page, 'ketamine'),
				await elementPoint(page, 'nmda-receptor')
			];
			return n.y - k.y > Math.abs(n.x - k.x);
		})
		.toBe(true);
	await expect(page.getByLabel('Layout direction')).toHaveValue('TB');
});

test('the export menu opened before the page script ran shows its form once the script runs', async ({
	page
}) => {
	const release = await holdScripts(page);
	await page.goto(PAGE, { waitUntil: 'domcontentloaded' });
	await page.locator('details.export > summary').click();
	await expect(page.locator('details.export')).toHaveAttribute('open', '');
	release();
	await expect(page.locator('.stage[data-hydrated="true"]')).toBeAttached({ timeout: 15_000 });
	await expect(page.locator('details.export form')).toBeVisible();
});
