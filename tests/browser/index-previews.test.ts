import { expect, test } from '@playwright/test';
import { TYPE } from '../../src/lib/layout/font.ts';
import { READABLE_LABEL_PX } from '../../src/lib/view/firstView.ts';

const SCREENS = [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
];

for (const screen of SCREENS)
	for (const [prefix, lang] of [
		['', 'en'],
		['/zh', 'zh']
	] as const)
		test(`${prefix || '/'} at ${screen.width}×${screen.height}: every card's preview has labels a reader can read`, async ({
			page
		}) => {
			await page.setViewportSize(screen);
			await page.goto(`${prefix}/`);
			const previews = page.locator('.card .thumb img');
			const count = await previews.count();
			expect(count).toBeGreaterThan(1);
			for (let i = 0; i < count; i++) {
				const img = previews.nth(i);
				await img.scrollIntoViewIfNeeded();
				await expect
					.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
					.toBeGreaterThan(0);
				// object-fit: the picture's scale inside its box, never above 1
				const scale = await img.evaluate((el: HTMLImageElement) => {
					const box = el.getBoundingClientRect();
					return Math.min(box.width / el.naturalWidth, box.height / el.naturalHeight, 1);
				});
				expect(TYPE.nodeSize * scale, `card ${i + 1}`).toBeGreaterThanOrEqual(
					READABLE_LABEL_PX[lang]
				);
			}
			await expect(page.locator('.card .opening').first()).toBeVisible();
		});
