import { expect, test } from '@playwright/test';

for (const path of ['/pathways/no-such-pathway', '/sources/no-such-source', '/no/such/page']) {
	test(`${path} answers 404 with a page that lists what exists`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
		await expect(page.getByRole('link', { name: /disinhibition hypothesis/ })).toBeVisible();
		await expect(page.getByRole('link', { name: /Sigma-1 receptor ligands/ })).toBeVisible();
	});
}

test('an unknown Chinese address answers in Chinese, listing what exists', async ({ page }) => {
	const response = await page.goto('/zh/no/such/page');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('未找到');
	await expect(page.getByText('图谱中没有此地址的页面。')).toBeVisible();
	// the server's own English words ("Not Found") are not shown
	await expect(page.locator('main')).not.toContainText(/Not Found/i);
	await expect(page.getByRole('link', { name: '返回图谱' })).toHaveAttribute('href', /\/zh$/);
});

test('an unknown Chinese pathway answers in Chinese too', async ({ page }) => {
	await page.goto('/zh/pathways/no-such-pathway');
	await expect(page.getByText('图谱中没有此地址的页面。')).toBeVisible();
	await expect(page.locator('main')).not.toContainText(/not found|no pathway/i);
});

test('the build has a 404.html for static hosts, listing what exists, with no script', async ({
	page
}) => {
	await page.goto('/404');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
	await expect(page.getByRole('link', { name: /disinhibition hypothesis/ })).toBeVisible();
	expect(await page.locator('script[src], link[rel="modulepreload"]').count()).toBe(0);
	// a static host serves this page at /zh/… addresses too: it says so in Chinese, with the way in
	const chinese = page.getByTestId('in-chinese');
	await expect(chinese).toContainText('图谱中没有此地址的页面。');
	await expect(chinese.getByRole('link', { name: '作用机制图谱' })).toHaveAttribute(
		'href',
		/\/zh$/
	);
});

test('a link to a missing pathway followed in the page shows what exists, fetched then', async ({
	page
}) => {
	await page.goto('/pathways/ketamine-nmda-block');
	await expect(page.locator('.stage[data-hydrated="true"]')).toBeAttached({ timeout: 15_000 });
	// the page itself carries no list of the atlas's pathways
	expect(await page.content()).not.toContain('Sigma-1 receptor ligands');
	const fetched = page.waitForResponse((r) => r.url().endsWith('/catalogue.json'));
	await page.evaluate(() => {
		const a = Object.assign(document.createElement('a'), { href: '/pathways/no-such-pathway' });
		a.textContent = 'missing';
		document.body.append(a);
		a.click();
	});
	expect((await fetched).status()).toBe(200);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
	await expect(page.getByRole('link', { name: /Sigma-1 receptor ligands/ })).toBeVisible();
});
