import { expect, test } from '@playwright/test';
import { realAtlas } from '../unit/helpers/figures.ts';
import { detailsTitle } from './helpers.ts';

const sigma = realAtlas().pathways.find((p) => p.id === 'sigma-1-modulation')!;
const arrows = sigma.edges.filter(
	(e) => e.source === 'sigma-1-receptor' || e.target === 'sigma-1-receptor'
);

for (const lang of ['', '/zh'])
	test(`${lang || 'en'}: the sigma-1 node lists its arrows, each a link that opens it`, async ({
		page
	}) => {
		await page.goto(`${lang}/pathways/sigma-1-modulation?select=sigma-1-receptor`);
		const links = page.getByTestId('connections').getByRole('link');
		await expect(links).toHaveCount(arrows.length);
		const selects = await links.evaluateAll((as) =>
			as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('select'))
		);
		expect(selects.sort()).toEqual(arrows.map((e) => e.id).sort());
		await expect(page.getByTestId('connections').locator('.support').first()).toBeVisible();
		const first = links.first();
		const sentence = await first.textContent();
		await first.click();
		await expect(page).toHaveURL(/select=sigma-1-receptor-/);
		await expect(detailsTitle(page)).toHaveText(sentence!.trim());
	});

test('a source page names each citing pathway once per sentence', async ({ page }) => {
	await page.goto('/sources/hayashi-2004');
	for (const citers of await page.locator('.citers ul').all()) {
		const pathways = await citers
			.locator('li')
			.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-pathway')));
		expect(new Set(pathways).size).toBe(pathways.length);
	}
	await expect(page.locator('.citers li').first().getByRole('link').first()).toBeVisible();
});
