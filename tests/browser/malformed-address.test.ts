import { expect, test, type Page } from '@playwright/test';
import { detailsTitle, diagramReady } from './helpers.ts';

const PAGE = '/pathways/ketamine-disinhibition';

/** The page's uncaught errors, from here on. */
function pageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** The outline still selects: the page works after whatever the address held. */
async function outlineSelects(page: Page) {
	await diagramReady(page);
	await page.getByText('Outline (text version of the diagram)').click();
	await page.locator('.outline').getByRole('link', { name: 'BDNF', exact: true }).click();
	await expect(detailsTitle(page)).toHaveText('BDNF');
	await expect(page).toHaveURL(/select=bdnf$/);
}

for (const address of [
	`${PAGE}#about-%E0%A4%A`,
	`${PAGE}#about-%`,
	`${PAGE}?select=%E0%A4%A`,
	`${PAGE}?select=%`,
	`${PAGE}?select=%E0%A4%A#about-%E0%A4%A`
])
	test(`a malformed address is ignored and the page keeps working: ${address}`, async ({
		page
	}) => {
		const errors = pageErrors(page);
		await page.goto(address);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await outlineSelects(page);
		expect(errors).toEqual([]);
	});

test('a malformed fragment set after the page has loaded is ignored too', async ({ page }) => {
	const errors = pageErrors(page);
	await page.goto(PAGE);
	await diagramReady(page);
	await page.evaluate(() => (location.hash = '#about-%E0%A4%A'));
	await outlineSelects(page);
	expect(errors).toEqual([]);
});
