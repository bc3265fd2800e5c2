import { expect, test } from '@playwright/test';
import { diagramReady } from './helpers.ts';

const PAGE = '/pathways/ketamine-nmda-block';

test('Chinese glyphs come from the atlas itself, and only once Chinese is shown', async ({
	page
}) => {
	const fontRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/fonts/sc')) fontRequests.push(new URL(r.url()).pathname);
	});
	await page.goto(PAGE);
	await diagramReady(page);
	await page.waitForLoadState('networkidle');
	expect(fontRequests, 'an English page loads no Chinese font').toEqual([]);

	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(page.locator('link[href$="/fonts/sc.css"]')).toHaveCount(1);
	// The page itself loads the faces its Chinese labels need; the test only watches.
	const loadedRanges = () =>
		page.evaluate(() =>
			[...document.fonts]
				.filter((f) => f.family.replace(/"/g, '') === 'Atlas Sans' && f.status === 'loaded')
				.map((f) => f.unicodeRange)
				.join(',')
		);
	for (const ch of '氯胺酮受体') {
		const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase()}`;
		await expect
			.poll(loadedRanges, { message: `a loaded face of the label font covers ${ch}` })
			.toContain(code);
	}
	expect(fontRequests.some((p) => /\/fonts\/sc-\d+\.woff2$/.test(p))).toBe(true);
});

test('the live diagram draws Ca²⁺ with the label font’s own superscripts, loaded only where used', async ({
	page
}) => {
	const supsub = (p: string) => p.includes('/fonts/noto-sans-supsub-');
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto(PAGE);
	await diagramReady(page);
	await page.waitForLoadState('networkidle');
	expect(requests.filter(supsub), 'a pathway without superscripts loads no such file').toEqual([]);

	await page.goto('/pathways/sigma-1-modulation');
	await diagramReady(page);
	const superscriptFace = () =>
		page.evaluate(() =>
			[...document.fonts].some(
				(f) =>
					f.family.replace(/"/g, '') === 'Atlas Sans' &&
					f.status === 'loaded' &&
					f.unicodeRange.includes('U+2074-208E')
			)
		);
	await expect.poll(superscriptFace, { message: 'the face that draws ⁺ has loaded' }).toBe(true);
	expect(requests.some(supsub)).toBe(true);
});
