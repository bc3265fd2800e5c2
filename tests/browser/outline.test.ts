/**
 * The outline is the prerendered page's list, taken as it is: the script marks the selection on
 * it, leaves out what a filter hides, and draws it anew for another pathway or language.
 */
import { expect, test } from '@playwright/test';
import { realAtlas } from '../unit/helpers/figures.ts';
import { elementOrder } from '../../src/lib/view/order.ts';
import { backgroundOnly } from '../../src/lib/view/filter.ts';
import { detailsTitle } from './helpers.ts';

const atlas = realAtlas();
const cascade = atlas.pathways.find((p) => p.id === 'ketamine-disinhibition')!;
const sigma = atlas.pathways.find((p) => p.id === 'sigma-1-modulation')!;
const ids = (page: import('@playwright/test').Page, selector: string) =>
	page
		.locator(selector)
		.evaluateAll((lis) =>
			lis.map((li) => li.querySelector('a')?.getAttribute('href')?.replace('#about-', '') ?? '')
		);

test('the outline marks the selection and leaves out what the filter hides', async ({ page }) => {
	await page.goto(`/pathways/${cascade.id}`);
	await page.locator('.outline summary').click();
	const current = page.locator('.outline [aria-current="true"]');
	await page
		.locator('.outline')
		.getByRole('link', { name: 'Ketamine blocks NMDA receptor' })
		.click();
	await expect(detailsTitle(page)).toHaveText('Ketamine blocks NMDA receptor');
	await expect(current).toHaveText('Ketamine blocks NMDA receptor');
	await page.locator('.outline').getByRole('link', { name: 'BDNF', exact: true }).click();
	await expect(current).toHaveCount(1);
	await expect(current).toHaveText('BDNF');

	const background = backgroundOnly(cascade);
	expect(background.size).toBeGreaterThan(0);
	expect(await ids(page, '.outline li:visible')).toEqual(elementOrder(cascade));
	await page.getByLabel(/Only what the sources say/).check();
	await expect
		.poll(() => ids(page, '.outline li:visible'))
		.toEqual(elementOrder(cascade).filter((id) => !background.has(id)));
	await page.getByLabel(/Only what the sources say/).uncheck();
	await expect.poll(() => ids(page, '.outline li:visible')).toEqual(elementOrder(cascade));
});

test('after moving to another pathway, then to Chinese, the outline is theirs and selects', async ({
	page
}) => {
	await page.goto(`/pathways/${cascade.id}?select=nmda-receptor`);
	await page
		.locator('.also-in')
		.getByRole('link', { name: /Sigma-1/i })
		.click();
	await expect(page).toHaveURL(/\/pathways\/sigma-1-modulation\?select=nmda-receptor/);
	await expect.poll(() => ids(page, '.outline li')).toEqual(elementOrder(sigma));
	await page.getByRole('link', { name: '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
	await expect(page.locator('.outline summary')).not.toHaveText(/Outline/);
	await page.locator('.outline summary').click();
	await expect.poll(() => ids(page, '.outline li')).toEqual(elementOrder(sigma));
	const second = page.locator('.outline li a').nth(1);
	const name = (await second.textContent())!;
	expect(name).toMatch(/\p{Script=Han}/u);
	await second.click();
	await expect(detailsTitle(page)).toHaveText(name);
	await expect(page.locator('.outline [aria-current="true"]')).toHaveText(name);
});
