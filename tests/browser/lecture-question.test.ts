/**
 * The presentation's question mode, driven by clicker keys at 1920 × 1080: Q puts the next step
 * as a question with options A–D, PageDown reveals the answer with its sentence, then the step.
 * No text on the question screen is under 24 px, in English and Chinese.
 */
import { expect, test, type Page } from '@playwright/test';
import { stepQuestions } from '../../src/lib/lecture/stepQuestions.ts';
import { elsewhere, kindsOf, practiceSubject } from '../../src/lib/practice/subject.ts';
import { realAtlas } from '../unit/helpers/figures.ts';
import { diagramReady, textsUnder } from './helpers.ts';

const atlas = realAtlas();
const CASCADE = atlas.pathways.find((p) => p.id === 'ketamine-disinhibition')!;
const subject = practiceSubject(
	CASCADE,
	atlas,
	kindsOf(CASCADE, atlas.entities),
	elsewhere(atlas, CASCADE)
);

test.use({ viewport: { width: 1920, height: 1080 } });

const smallTexts = (page: Page) => textsUnder(page, '.presentation', 24);

const LANGS = [
	{ lang: 'en', prefix: '' },
	{ lang: 'zh', prefix: '/zh' }
] as const;

for (const { lang, prefix } of LANGS)
	test(`${lang}: Q asks the next step, the clicker reveals the answer, then the step`, async ({
		page
	}) => {
		const step = 2;
		const asked = stepQuestions(subject, lang)[step]!;
		await page.goto(`${prefix}/pathways/${CASCADE.id}/present?step=${step}`);
		await diagramReady(page);
		const panel = page.getByTestId('lecture-question');
		const presentation = page.locator('.presentation');
		await expect(panel).toHaveCount(0);

		await page.keyboard.press('q');
		await expect(panel.getByRole('heading')).toHaveText(asked.prompt);
		const options = panel.getByRole('listitem');
		await expect(options).toHaveText(
			asked.options.map((o, i) => new RegExp(`^${'ABCD'[i]}\\s*${escape(o.text)}\\s*$`))
		);
		await expect(panel.locator('[data-right="true"]')).toHaveCount(0);
		await expect(presentation).toHaveAttribute('data-step', String(step));
		const before = await smallTexts(page);
		expect(before.count).toBeGreaterThan(6);
		expect(before.small).toEqual([]);
		await page.screenshot({ path: `test-results/lecture-question-${lang}-asked.png` });

		await page.keyboard.press('PageDown');
		const right = panel.locator('[data-right="true"]');
		await expect(right).toHaveCount(1);
		await expect(right).toContainText(asked.options[asked.correct]!.text);
		await expect(right).toContainText('✓');
		const quoted = asked.feedback.evidence!.parts.map((p) => p.text).join('');
		await expect(panel.locator('.sentence')).toHaveText(quoted);
		await expect(presentation).toHaveAttribute('data-step', String(step));
		const after = await smallTexts(page);
		expect(after.small).toEqual([]);
		await page.screenshot({ path: `test-results/lecture-question-${lang}-answered.png` });

		await page.keyboard.press('PageDown');
		await expect(panel).toHaveCount(0);
		await expect(presentation).toHaveAttribute('data-step', String(step + 1));
		await expect(page).toHaveURL(new RegExp(`\\?step=${step + 1}$`));
	});

test('the same step is asked the same way each time, and PageUp takes the question back', async ({
	page
}) => {
	await page.goto(`/pathways/${CASCADE.id}/present?step=3`);
	await diagramReady(page);
	const panel = page.getByTestId('lecture-question');
	await page.keyboard.press('q');
	const first = await panel.getByRole('listitem').allTextContents();
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageUp');
	await page.keyboard.press('PageUp');
	await expect(panel).toHaveCount(0);
	await expect(page.locator('.presentation')).toHaveAttribute('data-step', '3');
	await page.reload();
	await diagramReady(page);
	await page.keyboard.press('Q');
	await expect(panel.getByRole('listitem')).toHaveText(first);
});

function escape(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('Q in the presenter view asks on the audience screen, and the presenter sees the answer', async ({
	page: audience,
	context
}) => {
	const asked = stepQuestions(subject, 'en')[1]!;
	await audience.goto(`/pathways/${CASCADE.id}/present`);
	await diagramReady(audience);
	const presenter = await context.newPage();
	await presenter.goto(`/pathways/${CASCADE.id}/present/presenter`);
	await expect(presenter.locator('.presenter')).toHaveAttribute('data-linked', 'true');
	await expect(presenter.getByTestId('presenter-step')).toHaveText(
		`Now: Step 1 of ${CASCADE.steps.length}`
	);
	await presenter.keyboard.press('q');
	const panel = audience.getByTestId('lecture-question');
	await expect(panel.getByRole('heading')).toHaveText(asked.prompt);
	const answer = `${'ABCD'[asked.correct]}. ${asked.options[asked.correct]!.text}`;
	await expect(presenter.getByTestId('presenter-question')).toContainText(answer);
	await presenter.keyboard.press('PageDown');
	await expect(panel.locator('[data-right="true"]')).toContainText(
		asked.options[asked.correct]!.text
	);
	await presenter.keyboard.press('PageDown');
	await expect(panel).toHaveCount(0);
	await expect(audience.locator('.presentation')).toHaveAttribute('data-step', '2');
	await expect(presenter.getByTestId('presenter-question')).toHaveCount(0);
});
