import { expect, test } from '@playwright/test';
import { detailsTitle, diagramReady } from './helpers.ts';

const PAGE = '/pathways/ketamine-disinhibition';

test('the inline figure selects on a click before Cytoscape has loaded, and Cytoscape then takes over', async ({
	page
}) => {
	// Hold back the Cytoscape chunk (the one large script) until the figure has been clicked.
	let release!: () => void;
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.body();
		if (body.length > 300_000) await held;
		await route.fulfill({ response, body });
	});
	await page.goto(PAGE);
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
	// Clicks before hydration do nothing; the first one after it selects.
	await expect(async () => {
		await page.locator('.static-figure #node-bdnf').click();
		await expect(detailsTitle(page)).toHaveText('BDNF', { timeout: 500 });
	}).toPass();
	await expect(page).toHaveURL(/select=bdnf$/);
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
	release();
	await diagramReady(page);
	await expect(page.locator('.static-figure')).toBeHidden();
	const selected = await page.evaluate(() => {
		const c = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		return c.cy.$(':selected').map((el) => el.id());
	});
	expect(selected).toEqual(['bdnf']);
});
