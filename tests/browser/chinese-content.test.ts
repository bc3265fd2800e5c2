/** Every pathway in Chinese: its curated title, summary, compartments and narration, not the English. */
import { expect, test, type Page } from '@playwright/test';
import { realAtlas } from '../unit/helpers/figures.ts';
import { pick } from '../../src/lib/i18n/localized.ts';

const atlas = realAtlas();

/** The language switch, a button or a link. */
const chooseChinese = (page: Page) =>
	page.locator('.language').getByText('简体中文', { exact: true }).click();

for (const p of atlas.pathways) {
	test(`${p.id} reads in Chinese: title, summary, compartments`, async ({ page }) => {
		expect(p.title.zh, 'the pathway has a Chinese title').toBeTruthy();
		await page.goto(`/pathways/${p.id}`);
		await expect(page.locator('.cy-container[data-ready="true"]')).toBeVisible();
		await chooseChinese(page);
		await expect(page.locator('h1')).toHaveText(p.title.zh!);
		await expect(page.locator('.summary')).toHaveText(p.summary.zh!);
		const compartments = await page.evaluate(() => {
			const c = document.querySelector('.cy-container') as HTMLElement & {
				cy: import('cytoscape').Core;
			};
			return c.cy.nodes('[compartmentKind]').map((n) => n.data('label') as string);
		});
		expect(compartments.sort()).toEqual(p.compartments.map((c) => pick(c.label, 'zh')).sort());
	});

	test(`${p.id} presents in Chinese: narration and title`, async ({ page }) => {
		await page.goto(`/pathways/${p.id}`);
		await expect(page.locator('.cy-container[data-ready="true"]')).toBeVisible();
		await chooseChinese(page);
		await expect(page.locator('h1')).toHaveText(p.title.zh!);
		// the page's own link, which keeps the reader's language
		await page.locator('a.present').click();
		const step = p.steps[0];
		await expect(page.locator('#lecture-narration')).toHaveText(
			step ? step.narration.zh! : p.summary.zh!
		);
		await expect(page.locator('.bar h1')).toHaveText(p.title.zh!);
	});
}
