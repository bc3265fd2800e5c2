import { expect, test } from '@playwright/test';
import { detailsTitle } from './helpers.ts';

const SCREENS = [
	{ width: 390, height: 844 },
	{ width: 1440, height: 900 }
];
/** What a reader types, and the element the first result opens. */
const QUERIES = [
	['NMDA受体', 'nmda-receptor'],
	['sigma 1', 'sigma-1-receptor'],
	['esketamine', 's-ketamine'],
	['mTORC1', 'mtorc1']
] as const;

for (const screen of SCREENS)
	for (const lang of ['', '/zh'])
		test(`${screen.width}px${lang}: the index's search finds and opens what readers type`, async ({
			page
		}) => {
			await page.setViewportSize(screen);
			for (const [query, element] of QUERIES) {
				await page.goto(`${lang}/`);
				const box = page.getByTestId('atlas-search');
				await box.fill(query);
				const first = page.locator('.atlas-search .results a').first();
				await expect(first).toHaveAttribute('href', new RegExp(`\\?select=${element}`));
				await expect(page.locator('.atlas-search .where').first()).not.toBeEmpty();
				await first.click();
				await expect(page).toHaveURL(new RegExp(`${lang}/pathways/[a-z0-9-]+\\?select=${element}`));
				await expect(detailsTitle(page)).toBeVisible();
			}
		});

test('the search index loads only when the search box is used', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/pathways/sigma-1-modulation');
	await page.waitForLoadState('networkidle');
	expect(fetched).not.toContain('/search.json');
	await page.getByTestId('atlas-search').fill('σ1');
	await expect(page.locator('.atlas-search .results a').first()).toBeVisible();
	expect(fetched).toContain('/search.json');
});
