import { expect, test } from '@playwright/test';
import { detailsTitle } from './helpers.ts';

const RECORD_KEEPING = /not on the source page|未见于/;
/** Each page, and an author whose record it cites. */
const PAGES = [
	['/pathways/ketamine-disinhibition/offline.html', 'Niciu MJ'],
	['/sources/niciu-2014', 'Niciu MJ'],
	['/sources/jelen-2021', 'Jelen LA'],
	['/pathways/ketamine-disinhibition/handout', 'Niciu MJ']
];

for (const prefix of ['', '/zh'])
	for (const [path, author] of PAGES)
		test(`no citation on ${prefix}${path} carries a record-keeping note`, async ({ page }) => {
			await page.goto(prefix + path);
			// the one-file version carries every element's details and citations
			const text = await page.evaluate(() => document.body.textContent ?? '');
			expect(text).toContain(author);
			expect(text).not.toMatch(RECORD_KEEPING);
		});

test('an unconfirmed record is marked once, explained on focus in the reader’s language', async ({
	page
}) => {
	await page.goto('/zh/sources/niciu-2014');
	const mark = page.locator('.record .unconfirmed');
	await expect(mark).toHaveCount(1);
	await expect(mark).toHaveAttribute('title', /尚待与原出版物核对/);
	await mark.focus();
	const note = mark.locator('.note');
	await expect(note).toBeVisible();
	const box = await note.boundingBox();
	expect(box!.width).toBeGreaterThan(40);
	expect(await note.textContent()).toContain('尚待与原出版物核对');
});

test('a reference without authors says so in the details', async ({ page }) => {
	await page.goto('/pathways/ketamine-disinhibition?select=glutamate');
	await expect(detailsTitle(page)).toHaveText('Glutamate burst');
	// the name shows at once; the evidence follows with the details' code
	await expect(page.locator('.panel > .details .evidence').first()).toBeVisible();
	const text = (await page.locator('.panel > .details').textContent()) ?? '';
	expect(text).toContain('[No authors listed] (2016) Depress Anxiety');
	expect(text).not.toMatch(/(^|[^\]]) \(2016\) Depress Anxiety/);
});
