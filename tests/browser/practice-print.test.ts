/**
 * The practice page printed as a worksheet (Chromium, print media): the site header and the
 * screen's question left out, the round's questions first and the answers with their evidence
 * after them from a new page, no text under 7 pt; Chromium's PDF of it has pages for both.
 */
import { expect, test } from '@playwright/test';
import { PRINT_PAGE } from '../../src/lib/lecture/handoutFigure.ts';

const PATHWAY = 'ketamine-disinhibition';

for (const lang of ['', '/zh'])
	test(`the worksheet${lang ? ' in Chinese' : ''} prints questions before answers, no text under 7 pt`, async ({
		page
	}) => {
		await page.setViewportSize({ width: Math.floor(PRINT_PAGE.width), height: 1000 });
		await page.goto(`${lang}/pathways/${PATHWAY}/practice?round=print`);
		await page.waitForLoadState('networkidle');
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => {
			const pt = (px: number) => px * 0.75;
			const shown = (el: Element) => el.getClientRects().length > 0;
			const texts = [...document.body.querySelectorAll('*')]
				.filter((el) => shown(el))
				.filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()));
			const top = (sel: string) =>
				[...document.querySelectorAll(sel)].map((el) => el.getBoundingClientRect().top);
			const answers = document.querySelector('.answers-heading')!;
			return {
				smallest: Math.min(...texts.map((el) => pt(parseFloat(getComputedStyle(el).fontSize)))),
				header: shown(document.querySelector('.site-header')!),
				screenQuestion: shown(document.querySelector('.question')!),
				prompts: top('.worksheet .questions .prompt'),
				answersHeading: answers.getBoundingClientRect().top,
				answers: top('.worksheet .answers > li'),
				newPage: getComputedStyle(answers).breakBefore
			};
		});
		expect(printed.header).toBe(false);
		expect(printed.screenQuestion).toBe(false);
		expect(printed.smallest).toBeGreaterThanOrEqual(7);
		expect(printed.prompts.length).toBeGreaterThan(3);
		expect(printed.answers).toHaveLength(printed.prompts.length);
		expect(Math.max(...printed.prompts)).toBeLessThan(printed.answersHeading);
		expect(Math.min(...printed.answers)).toBeGreaterThan(printed.answersHeading);
		expect(printed.newPage).toBe('page');

		const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
		const pages = pdf.match(/\/Type\s*\/Page\b/g) ?? [];
		expect(pages.length).toBeGreaterThanOrEqual(2);
	});
