import { expect, test } from '@playwright/test';

test('the Chinese index counts relations, not graph edges', async ({ page }) => {
	await page.goto('/zh/');
	await expect(page.locator('.counts').first()).toContainText('条关系');
	await expect(page.locator('body')).not.toContainText('条边');
});

test('no Chinese text is set slanted', async ({ page }) => {
	await page.goto('/zh/pathways/ketamine-disinhibition');
	const slanted = await page.evaluate(
		() =>
			[...document.querySelectorAll('cite, em, i, .unverified')]
				.filter((el) => /\p{Script=Han}/u.test(el.textContent ?? ''))
				.filter((el) => getComputedStyle(el).fontStyle !== 'normal').length
	);
	expect(slanted).toBe(0);
});
