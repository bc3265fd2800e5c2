import { expect, test, type Page } from '@playwright/test';
import { diagramReady } from './helpers.ts';

const CLINICAL = '/pathways/clinical-context';
/** Rests on a clinical sentence, and on a review's statement of pharmacology alone. */
const HUMAN = 'ketamine-decreases-treatment-resistant-depression';
const NOT_HUMAN = 'ketamine-blocks-nmda-receptor';

/** Which of the given elements the live diagram does not draw (laid out without, or hidden). */
async function hiddenAmong(page: Page, ids: string[]): Promise<string[]> {
	await diagramReady(page);
	return page.evaluate((list) => {
		const c = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		return list.filter((id) => {
			const el = c.cy.getElementById(id);
			return el.empty() || el.style('display') === 'none';
		});
	}, ids);
}

test('"only what is shown in humans" is reached by keyboard, hides the rest, and goes into the address', async ({
	page
}) => {
	await page.goto(CLINICAL);
	expect(await hiddenAmong(page, [HUMAN, NOT_HUMAN])).toEqual([]);
	const box = page.getByLabel(/Only what is shown in humans/);
	await box.focus();
	await page.keyboard.press('Space');
	await expect(box).toBeChecked();
	await expect(page).toHaveURL(/[?&]humans=1/);
	await expect.poll(() => hiddenAmong(page, [HUMAN, NOT_HUMAN])).toEqual([NOT_HUMAN]);
	await page.keyboard.press('Space');
	await expect(box).not.toBeChecked();
	await expect(page).not.toHaveURL(/humans=/);
	await expect.poll(() => hiddenAmong(page, [HUMAN, NOT_HUMAN])).toEqual([]);
});

test('a deep link keeps the filter, in Chinese too', async ({ page }) => {
	await page.goto(`/zh${CLINICAL}?humans=1`);
	const box = page.getByLabel(/只显示人体研究所示/);
	await expect(box).toBeChecked();
	await expect.poll(() => hiddenAmong(page, [HUMAN, NOT_HUMAN])).toEqual([NOT_HUMAN]);
	await page.goto(`${CLINICAL}?humans=1&select=${HUMAN}`);
	await expect(page.getByLabel(/Only what is shown in humans/)).toBeChecked();
	await expect(page.getByTestId('details-title')).toBeVisible();
	await expect.poll(() => hiddenAmong(page, [NOT_HUMAN])).toEqual([NOT_HUMAN]);
});
