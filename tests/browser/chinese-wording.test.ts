import { expect, test, type Page } from '@playwright/test';

test('the Chinese index counts relations, not graph edges', async ({ page }) => {
	await page.goto('/zh/');
	await expect(page.locator('.counts').first()).toContainText('条关系');
	await expect(page.locator('body')).not.toContainText('条边');
});

test('the English index counts arrows, as the figure calls them', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.counts').first()).toContainText(
		/\d+ nodes · \d+ arrows · \d+ steps ·\s+Sources:/
	);
	expect((await page.locator('.counts').allTextContents()).join()).not.toContain('edges');
});

test('no Chinese text is set slanted', async ({ page }) => {
	// every element's details, citations included
	await page.goto('/zh/pathways/ketamine-disinhibition/offline.html');
	const styles = await page.evaluate(() => [
		...[...document.querySelectorAll('cite, em, i, #unconfirmed-why')]
			.filter((el) => /\p{Script=Han}/u.test(el.textContent ?? ''))
			.map((el) => getComputedStyle(el).fontStyle),
		// the unconfirmed mark's explanation, shown on hover and focus
		...[...document.querySelectorAll('.unconfirmed')].map(
			(el) => getComputedStyle(el, '::after').fontStyle
		)
	]);
	expect(styles.length).toBeGreaterThan(1);
	expect(styles.filter((s) => s !== 'normal')).toEqual([]);
});

/** The font style of every element whose own text is Chinese. */
const hanStyles = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('body *')]
			.filter((el) =>
				[...el.childNodes].some(
					(n) => n.nodeType === Node.TEXT_NODE && /\p{Script=Han}/u.test(n.textContent ?? '')
				)
			)
			.filter((el) => el.checkVisibility())
			.map((el) => ({ text: el.textContent!.slice(0, 40), style: getComputedStyle(el).fontStyle }))
	);

for (const [what, path] of [
	[
		'the presentation, at a step with a curator’s note',
		'/zh/pathways/sigma-1-modulation/present?step=3'
	],
	[
		'the pathway page, with a curator’s note selected',
		'/zh/pathways/sigma-1-modulation?select=sigma-1-receptor-binds-bip'
	],
	['the handout', '/zh/pathways/sigma-1-modulation/handout']
] as const)
	test(`no Chinese text is slanted, and colons are full-width, on ${what}`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const styles = await hanStyles(page);
		expect(styles.length).toBeGreaterThan(5);
		expect(styles.filter((s) => s.style !== 'normal')).toEqual([]);
		// and a heading word takes the full-width colon: "编者注：", not "编者注: "
		expect(await page.locator('body').innerText()).not.toMatch(/\p{Script=Han}: /u);
	});
