/**
 * The practice page in Chromium, in English and Chinese, on a desktop and a phone: a round played
 * by keyboard and one by touch, the feedback quoting the sentence, a score and a new round, and
 * axe's serious findings none.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { realAtlas } from '../unit/helpers/figures.ts';

const SIZES = [
	{ name: 'desktop', width: 1440, height: 900, touch: false },
	{ name: 'phone', width: 390, height: 844, touch: true }
];
const LANGS = [
	{ prefix: '', check: 'Check', score: 'Score', tryAgain: 'Try again in a new order' },
	{ prefix: '/zh', check: '核对', score: '得分', tryAgain: '换个顺序再试一次' }
];
const PATHWAY = 'ketamine-nmda-block';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

async function seriousAxeFindings(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async () => {
		type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
		const { axe } = window as unknown as { axe: { run: (ctx: Document) => Promise<Result> } };
		const result = await axe.run(document);
		return result.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}

/** The question's number of options, waiting for the page's script to have drawn the round. */
async function optionCount(page: Page): Promise<number> {
	const options = page
		.getByRole('radiogroup')
		.or(page.locator('fieldset.options'))
		.getByRole('radio');
	await expect(options.first()).toBeVisible();
	return options.count();
}

for (const size of SIZES)
	for (const lang of LANGS) {
		test.describe(`practice ${lang.prefix || '/en'} at ${size.width}×${size.height}`, () => {
			test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch });
			const url = `${lang.prefix}/pathways/${PATHWAY}/practice?round=class-a`;

			test('a round played by keyboard: feedback quotes the sentence, then a score', async ({
				page
			}) => {
				await page.goto(url);
				await page.waitForLoadState('networkidle');
				const total = Number(
					await page
						.locator('.progress')
						.innerText()
						.then((t) => t.match(/\d+\D+(\d+)/)?.[1])
				);
				expect(total).toBeGreaterThan(0);
				for (let i = 0; i < total; i++) {
					expect(await optionCount(page)).toBeGreaterThanOrEqual(2);
					await page.keyboard.press(i % 2 ? 'B' : '1');
					await expect(page.getByRole('radio').nth(i % 2 ? 1 : 0)).toBeChecked();
					await page.keyboard.press('Enter');
					const feedback = page.locator('.feedback[aria-live="polite"]');
					await expect(feedback.locator('.verdict')).toBeVisible();
					await expect(feedback.locator('cite')).toBeVisible();
					await expect(feedback.locator('.sentence').first()).not.toBeEmpty();
					await page.keyboard.press('Enter');
				}
				await expect(page.getByRole('heading', { name: new RegExp(lang.score) })).toBeVisible();
				expect(await seriousAxeFindings(page)).toEqual([]);
			});

			test('a question answered by touch shows the answer drawn in; a new round has a new seed', async ({
				page
			}) => {
				await page.goto(url);
				await page.waitForLoadState('networkidle');
				await optionCount(page);
				expect(await seriousAxeFindings(page)).toEqual([]);
				const option = page.locator('label.option').nth(1);
				if (size.touch) await option.tap();
				else await option.click();
				await expect(page.getByRole('radio').nth(1)).toBeChecked();
				const check = page.getByRole('button', { name: lang.check });
				if (size.touch) await check.tap();
				else await check.click();
				await expect(page.locator('.option.right')).toHaveCount(1);
				await expect(page.locator('.feedback mark, .feedback .sentence').first()).toBeVisible();
				await expect(page.locator('.figure svg, .figure .nothing').first()).toBeVisible();
				// no part of the page wider than the phone
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - innerWidth
				);
				expect(overflow).toBeLessThanOrEqual(0);
				expect(await seriousAxeFindings(page)).toEqual([]);
			});
		});
	}

test('the pathway page links to practice, keeping the language', async ({ page }) => {
	await page.goto(`/zh/pathways/${PATHWAY}`);
	await page.getByRole('link', { name: '练习' }).click();
	await expect(page).toHaveURL(new RegExp(`/zh/pathways/${PATHWAY}/practice`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test('try again draws a new round under a new address, and the score is kept in the browser only', async ({
	page
}) => {
	await page.goto(`/pathways/${PATHWAY}/practice?round=class-a`);
	await page.waitForLoadState('networkidle');
	const requests: string[] = [];
	// nothing sent: no request elsewhere, none but fetching the site's own files
	page.on('request', (r) => {
		if (new URL(r.url()).origin !== new URL(page.url()).origin || r.method() !== 'GET')
			requests.push(`${r.method()} ${r.url()}`);
	});
	const total = Number((await page.locator('.progress').innerText()).match(/\d+\D+(\d+)/)?.[1]);
	for (let i = 0; i < total; i++) {
		await optionCount(page);
		await page.keyboard.press('A');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
	}
	await page.getByRole('button', { name: 'Try again in a new order' }).click();
	await expect(page).toHaveURL(/round=(?!class-a)[0-9a-z]+/);
	expect(await optionCount(page)).toBeGreaterThanOrEqual(2);
	expect(requests).toEqual([]);
	const stored = await page.evaluate(() =>
		localStorage.getItem(`mechanism-atlas.practice.ketamine-nmda-block`)
	);
	expect(Number(stored)).toBeGreaterThanOrEqual(0);
});

const CASCADE = realAtlas().pathways.find((p) => p.id === 'ketamine-disinhibition')!;

/** The step figure's node labels as drawn (font size × scale), and whether its step is in view. */
const figureLabels = (page: Page) =>
	page.evaluate(
		(steps) => {
			const box = document.querySelector<HTMLElement>('.figure .scroller');
			if (!box) return undefined;
			const texts = [...box.querySelectorAll<SVGTextElement>('.node text')];
			const sizes = texts.map(
				(t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a
			);
			const seen = box.getBoundingClientRect();
			const inView = (steps[Number(box.dataset.step) - 1] ?? []).some((id) => {
				const r = box.querySelector(`#node-${CSS.escape(id)}`)?.getBoundingClientRect();
				return r !== undefined && r.left >= seen.left - 1 && r.right <= seen.right + 1;
			});
			const wider = document.documentElement.scrollWidth - innerWidth;
			return { smallest: Math.min(...sizes), inView, wider };
		},
		CASCADE.steps.map((s) => s.show)
	);

for (const lang of LANGS)
	test(`on a phone ${lang.prefix || '/en'}, the step figure's labels read at 10.5 px or more, the step in view`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${lang.prefix}/pathways/${CASCADE.id}/practice?round=phone`);
		// the round of the address is drawn once the page's script runs
		await page.waitForLoadState('networkidle');
		await optionCount(page);
		const total = Number((await page.locator('.progress').innerText()).match(/\d+\D+(\d+)/)?.[1]);
		let measured = 0;
		for (let i = 0; i < total; i++) {
			await page.keyboard.press('1');
			await page.keyboard.press('Enter');
			await expect(page.locator('.option.right')).toHaveCount(1);
			const drawn = await figureLabels(page);
			if (drawn) {
				measured++;
				expect(drawn.smallest, `question ${i + 1}`).toBeGreaterThanOrEqual(10.5);
				expect(drawn.inView, `question ${i + 1}`).toBe(true);
				expect(drawn.wider, `question ${i + 1}`).toBeLessThanOrEqual(0);
			}
			if (i === 0)
				await page.screenshot({
					path: `test-results/practice-phone${lang.prefix.replace('/', '-')}.png`
				});
			await page.keyboard.press('Enter');
		}
		expect(measured).toBeGreaterThan(3);
	});
