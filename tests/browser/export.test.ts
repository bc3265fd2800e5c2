import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_EXPORT } from '../../src/lib/export/exportOptions.ts';
import { figureSvg } from '../../src/lib/export/exportText.ts';
import {
	inkedPixels,
	parseSvg,
	realAtlas,
	subjects,
	viewBoxSize
} from '../unit/helpers/figures.ts';
import { readAsExcel, startsWithUtf8Bom } from '../unit/helpers/spreadsheet.ts';
import { diagramReady, expectInlineWhereLive } from './helpers.ts';

const ID = 'molecular-targets';
const PAGE = `/pathways/${ID}`;
const subject = subjects(realAtlas()).find((s) => s.pathway.id === ID)!;
const { pathway } = subject;

/** Share of the image's pixels that are not background. */
function inked(png: Buffer) {
	const { width, height, inked } = inkedPixels(png);
	return { width, height, share: inked / (width * height) };
}

async function download(page: Page, format: RegExp, choose?: () => Promise<void>) {
	const menu = page.locator('details.export');
	if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
		await menu.locator('summary').click();
	await menu.getByRole('radio', { name: format }).check();
	await choose?.();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		menu.getByRole('button', { name: 'Download' }).click()
	]);
	return { name: file.suggestedFilename(), path: (await file.path())! };
}

test.describe('the figure before and without scripts', () => {
	test('with JavaScript off the page shows the pathway as an accessible inline SVG', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(PAGE);
		const figure = page.getByRole('group', { name: pathway.title.en });
		await expect(figure).toBeVisible();
		// each element is a link named by its tooltip, to its details in the page
		await expect(figure.getByRole('link', { name: 'Ketamine (drug)' })).toHaveAttribute(
			'href',
			'#about-ketamine'
		);
		for (const n of pathway.nodes) await expect(figure.locator(`#node-${n.id}`)).toBeVisible();
		await expect(figure.locator('#node-ketamine text')).toHaveText('Ketamine');
		const shot = inked(await figure.screenshot());
		expect(shot.share).toBeGreaterThan(0.03);
		await context.close();
	});

	test('Cytoscape takes over in the same place and hides the inline figure', async ({
		browser,
		page
	}) => {
		const still = await browser.newContext({ javaScriptEnabled: false });
		const before = await still.newPage();
		await before.goto(PAGE);
		await page.goto(PAGE);
		await diagramReady(page);
		await expect(page.locator('.static-figure')).toBeHidden();
		await expectInlineWhereLive(before, page, pathway.nodes);
		await still.close();
	});
});

test.describe('the export menu', () => {
	test.setTimeout(60_000);

	test("loads when first opened, in the reader's language", async ({ page }) => {
		await page.goto(PAGE);
		await diagramReady(page);
		await page.getByRole('link', { name: '简体中文' }).click();
		const menu = page.locator('details.export');
		await expect(menu.locator('summary')).toHaveText('导出');
		await expect(menu.locator('form')).toHaveCount(0);
		await menu.locator('summary').click();
		await expect(menu.getByRole('group', { name: '格式' })).toBeVisible();
		await expect(menu.getByRole('radio', { name: '证据表 (CSV)' })).toBeVisible();
		await expect(menu.getByRole('button', { name: '下载' })).toBeVisible();
		await page.getByRole('link', { name: 'English' }).click();
		await expect(menu.getByRole('button', { name: 'Download' })).toBeVisible();
	});

	test('downloads the SVG figure, byte for byte what Node renders, showing the labels', async ({
		page
	}) => {
		await page.goto(PAGE);
		await diagramReady(page);
		const file = await download(page, /SVG/);
		expect(file.name).toBe(`${ID}.light.svg`);
		const svg = readFileSync(file.path, 'utf8');
		expect(svg).toBe(figureSvg(subject, DEFAULT_EXPORT));
		const text = parseSvg(svg).documentElement.textContent;
		for (const n of pathway.nodes) expect(text).toContain(n.label.en.split(' ')[0]);
		expect(text).toContain('Sources');

		// and Chromium draws the file on its own, at its size, not blank
		const { width, height } = viewBoxSize(svg);
		const viewer = await page.context().newPage();
		await viewer.setViewportSize({ width, height });
		await viewer.goto(pathToFileURL(file.path).href);
		const shot = inked(await viewer.screenshot());
		expect([shot.width, shot.height]).toEqual([width, height]);
		expect(shot.share).toBeGreaterThan(0.03);
	});

	test('downloads a PNG at the chosen scale, drawn in the browser, not blank', async ({ page }) => {
		await page.goto(PAGE);
		await diagramReady(page);
		const file = await download(page, /PNG/, async () => {
			await page.getByLabel('Scale').selectOption('4');
			await page.getByLabel('Theme').selectOption('dark');
		});
		expect(file.name).toBe(`${ID}.dark@4x.png`);
		const { width, height } = viewBoxSize(figureSvg(subject, { ...DEFAULT_EXPORT, theme: 'dark' }));
		const png = inked(readFileSync(file.path));
		expect([png.width, png.height]).toEqual([width * 4, height * 4]);
		expect(png.share).toBeGreaterThan(0.02);
	});

	test('downloads Cytoscape JSON and the evidence table', async ({ page }) => {
		await page.goto(PAGE);
		await diagramReady(page);
		const cyjs = await download(page, /Cytoscape JSON/);
		expect(cyjs.name).toBe(`${ID}.light.cyjs`);
		const doc = JSON.parse(readFileSync(cyjs.path, 'utf8'));
		expect(doc.format_version).toBe('1.0');
		expect(doc.elements.edges).toHaveLength(pathway.edges.length);
		const csv = await download(page, /Evidence table/);
		expect(csv.name).toBe(`${ID}.evidence.csv`);
		const bytes = readFileSync(csv.path);
		expect(startsWithUtf8Bom(bytes)).toBe(true);
		expect(readAsExcel(bytes)[0]!.join(',')).toBe(
			'element,relation,support,quote,sentence,citation,note,study,eco,contested'
		);
	});

	test('downloads the pathway as an SBGN-ML Activity Flow map', async ({ page }) => {
		await page.goto(PAGE);
		await diagramReady(page);
		const sbgn = await download(page, /SBGN-ML/);
		expect(sbgn.name).toBe(`${ID}.sbgn`);
		const doc = parseSvg(readFileSync(sbgn.path, 'utf8'));
		expect(doc.documentElement.localName).toBe('sbgn');
		expect(doc.getElementsByTagName('map')[0]!.getAttribute('language')).toBe('activity flow');
		expect(doc.getElementsByTagName('arc')).toHaveLength(pathway.edges.length);
	});

	test('exports the current view: what the viewer shows, clipped to it', async ({ page }) => {
		await page.goto(PAGE);
		await diagramReady(page);
		for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
		const file = await download(page, /SVG/, () =>
			page.getByRole('radio', { name: 'Current view' }).check()
		);
		expect(file.name).toBe(`${ID}.detail.light.svg`);
		const svg = readFileSync(file.path, 'utf8');
		parseSvg(svg);
		expect(svg).toContain('<clipPath');
		const shown = [...svg.matchAll(/id="node-/g)].length;
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(pathway.nodes.length);
	});
});
