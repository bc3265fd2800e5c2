import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { clickElement, detailsTitle, diagramReady } from './helpers.ts';

const HYPOTHESES = '/pathways/ketamine-hypotheses';

/** Which of the given elements Cytoscape draws faded for another hypothesis. */
async function fadedAmong(page: Page, ids: string[]): Promise<string[]> {
	await diagramReady(page);
	return page.evaluate((list) => {
		const c = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		return list.filter((id) => c.cy.getElementById(id).hasClass('out-of-hypothesis'));
	}, ids);
}

const SAMPLE = ['nmda-interneuron', 'gaba', 'nmda-rest', 'eef2k', 'bdnf', 'mtorc1', 'ketamine'];

test('choosing a hypothesis fades the others, keeps its own and the shared elements, and says what it proposes', async ({
	page
}) => {
	await page.goto(HYPOTHESES);
	expect(await fadedAmong(page, SAMPLE)).toEqual([]);
	await page.getByTestId('hypothesis-switcher').selectOption('rest-block');
	await expect(page).toHaveURL(/\?hypothesis=rest-block$/);
	await expect(page.getByTestId('hypothesis-summary')).toContainText('Block at rest');
	await expect.poll(() => fadedAmong(page, SAMPLE)).toEqual(['nmda-interneuron', 'gaba']);
	const opacity = await page.evaluate(() => {
		const c = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		const o = (id: string) => Number(c.cy.getElementById(id).style('opacity'));
		return { faded: o('gaba'), own: o('eef2k'), shared: o('bdnf') };
	});
	expect(opacity.own).toBe(1);
	expect(opacity.shared).toBe(1);
	expect(opacity.faded).toBeLessThan(0.5);
});

test('a deep link chooses the hypothesis; back and forward move between choices', async ({
	page
}) => {
	await page.goto(`${HYPOTHESES}?hypothesis=habenula`);
	await expect(page.getByTestId('hypothesis-switcher')).toHaveValue('habenula');
	await expect.poll(() => fadedAmong(page, ['nmda-habenula', 'nmda-rest'])).toEqual(['nmda-rest']);
	await page.getByTestId('hypothesis-switcher').selectOption('disinhibition');
	await expect(page).toHaveURL(/hypothesis=disinhibition$/);
	await page.goBack();
	await expect(page).toHaveURL(/hypothesis=habenula$/);
	await expect(page.getByTestId('hypothesis-switcher')).toHaveValue('habenula');
	await page.getByTestId('hypothesis-switcher').selectOption('');
	await expect(page).toHaveURL(new RegExp(`${HYPOTHESES}$`));
	await expect.poll(() => fadedAmong(page, SAMPLE)).toEqual([]);
});

test('a selection and a hypothesis live together in the address, and the details list an element’s hypotheses', async ({
	page
}) => {
	await page.goto(`${HYPOTHESES}?hypothesis=rest-block`);
	await clickElement(page, 'eef2k');
	await expect(detailsTitle(page)).toHaveText('eEF2 kinase');
	await expect(page).toHaveURL(/\?select=eef2k&hypothesis=rest-block$/);
	await expect(page.getByTestId('details-hypotheses')).toHaveText('Hypotheses: Block at rest');
	await page.goto(`${HYPOTHESES}?select=bdnf&hypothesis=rest-block`);
	await expect(detailsTitle(page)).toHaveText('BDNF');
	await expect(page.getByTestId('details-hypotheses')).toHaveText('Shared by all hypotheses');
	await expect(page.getByTestId('hypothesis-switcher')).toHaveValue('rest-block');
});

test('the switcher is reached and worked from the keyboard', async ({ page }) => {
	await page.goto(HYPOTHESES);
	await diagramReady(page);
	const switcher = page.getByTestId('hypothesis-switcher');
	await switcher.focus();
	await expect(switcher).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/hypothesis=disinhibition$/);
	await expect(page.getByTestId('hypothesis-summary')).toContainText('Disinhibition');
});

test('"all" marks each hypothesis by colour and outline style, with letters on its arrows and a legend', async ({
	page
}) => {
	await page.goto(HYPOTHESES);
	await diagramReady(page);
	const legend = page.getByTestId('hypothesis-legend');
	await expect(legend.getByRole('listitem')).toHaveCount(5);
	await expect(legend).toContainText('A · Disinhibition');
	await expect(legend).toContainText('E · Lateral habenula');
	const read = () =>
		page.evaluate(() => {
			const c = document.querySelector('.cy-container') as HTMLElement & {
				cy: import('cytoscape').Core;
			};
			const n = (id: string) => c.cy.getElementById(id);
			return {
				interneuron: [
					n('nmda-interneuron').style('outline-color'),
					n('nmda-interneuron').style('outline-style')
				],
				rest: [n('nmda-rest').style('outline-color'), n('nmda-rest').style('outline-style')],
				shared: Number(n('bdnf').style('outline-width').replace('px', '')),
				edgeLetter: n('eef2k-inhibits-eef2').style('label'),
				bothLetters: n('ampa-receptor-increases-bdnf').style('label')
			};
		});
	await expect.poll(async () => (await read()).edgeLetter).toBe('B');
	const marks = await read();
	expect(marks.interneuron[0]).not.toBe(marks.rest[0]);
	expect(marks.interneuron[1]).toBe('solid');
	expect(marks.rest[1]).toBe('dashed');
	expect(marks.shared).toBe(0);
	expect(marks.bothLetters).toBe('A+D');
	// choosing one hypothesis replaces the marks by fading
	await page.getByTestId('hypothesis-switcher').selectOption('habenula');
	await expect(legend).toHaveCount(0);
	await expect.poll(async () => (await read()).edgeLetter).toBe('');
});

test('in the presentation, a step that names a hypothesis fades the others; the closing step shows all', async ({
	page
}) => {
	const fadedIn = (step: number) =>
		page.goto(`${HYPOTHESES}/present?step=${step}`).then(() => fadedAmong(page, SAMPLE));
	expect(await fadedIn(4)).toEqual(['nmda-interneuron', 'gaba']);
	expect(await fadedIn(3)).toEqual(['nmda-rest', 'eef2k']);
	expect(await fadedIn(8)).toEqual([]);
});

test('the handout names the hypothesis of each step that draws one alone, in either language', async ({
	page
}) => {
	await page.goto(`${HYPOTHESES}/handout`);
	const steps = page.locator('.handout ol.steps > li');
	await expect(steps.nth(2).locator('.hypothesis')).toHaveText('Hypothesis: Disinhibition');
	await expect(steps.nth(3).locator('.hypothesis')).toHaveText('Hypothesis: Block at rest');
	await expect(steps.first().locator('.hypothesis')).toHaveCount(0);
	await expect(steps.last().locator('.hypothesis')).toHaveCount(0);
	await page.goto(`/zh${HYPOTHESES}/handout`);
	await expect(steps.nth(2).locator('.hypothesis')).toHaveText('假说：去抑制假说');
});

for (const query of ['', '?hypothesis=rest-block&select=eef2k'])
	test(`axe finds no serious or critical violation on the hypotheses page${query}`, async ({
		page
	}) => {
		await page.goto(`${HYPOTHESES}${query}`);
		await diagramReady(page);
		await page.evaluate(
			readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
		);
		const violations = await page.evaluate(async () => {
			const { axe } = window as unknown as {
				axe: {
					run: (ctx: Document) => Promise<{ violations: { id: string; impact: string }[] }>;
				};
			};
			const result = await axe.run(document);
			return result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => v.id);
		});
		expect(violations).toEqual([]);
	});
