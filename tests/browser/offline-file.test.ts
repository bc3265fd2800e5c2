/**
 * The one-file export opened from disk with the network blocked: every curated pathway's file,
 * in English and Chinese, draws its figure, shows an element's evidence on a click, steps through
 * its lecture, and asks for nothing beyond itself, with no console error.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

let out = '';

test.beforeAll(() => {
	out = mkdtempSync(join(tmpdir(), 'atlas-html-'));
	for (const lang of ['en', 'zh'])
		execFileSync(
			'npx',
			['tsx', 'scripts/export.ts', '--all', '--format', 'html', '--lang', lang, '--out', out],
			{
				stdio: 'pipe'
			}
		);
});
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Opens a file with every request but the file's own refused, and records the refused ones. */
async function openOffline(page: Page, file: string) {
	const url = pathToFileURL(resolve(out, file)).href;
	const asked: string[] = [];
	const errors: string[] = [];
	await page.route('**/*', (route) => {
		if (route.request().url() === url) return route.continue();
		asked.push(route.request().url());
		return route.abort();
	});
	page.on('request', (r) => {
		if (r.url() !== url && !r.url().startsWith('data:')) asked.push(r.url());
	});
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(url);
	return { asked, errors };
}

for (const lang of ['en', 'zh'] as const)
	test(`each pathway's file works offline (${lang})`, async ({ page }) => {
		test.setTimeout(120_000);
		const files = readdirSync(out).filter((f) =>
			(lang === 'zh' ? /\.zh\.html$/ : /^[^.]+\.html$/).test(f)
		);
		expect(files.length).toBeGreaterThan(3);
		for (const file of files) {
			const { asked, errors } = await openOffline(page, file);
			await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
			await expect(page.locator('#figure svg [id^="node-"]').first()).toBeVisible();
			// a click on a node shows its evidence; an arrow's link, followed by Enter, shows its own
			const node = await page.evaluate(() => {
				const withEvidence = [...document.querySelectorAll('.details')].find(
					(d) => d.querySelector('.evidence') && document.getElementById(`node-${d.id.slice(6)}`)
				);
				return withEvidence!.id.slice(6);
			});
			await page.locator(`[id="node-${node}"]`).click();
			await expect(page.locator(`[id="about-${node}"] .evidence`).first()).toBeVisible();
			await expect(page.locator(`[id="node-${node}"]`)).toHaveClass(/selected/);
			const edge = page.locator('#figure svg a:has([id^="edge-"])').first();
			const id = (await edge.locator('[id^="edge-"]').first().getAttribute('id'))!.slice(5);
			await edge.focus();
			await page.keyboard.press('Enter');
			const details = page.locator(`[id="about-${id}"]`);
			await expect(details.locator('blockquote mark, .note').first()).toBeVisible();
			// a lecture step advances by its key
			if (await page.locator('#present').count()) {
				await page.locator('#present').click();
				await expect(page.locator('.step.now')).toHaveAttribute('data-step', '1');
				await page.keyboard.press('ArrowRight');
				await expect(page.locator('.step.now')).toHaveAttribute('data-step', '2');
				await expect(page.locator('#figure svg .current').first()).toBeAttached();
			}
			expect(asked, file).toEqual([]);
			expect(errors, file).toEqual([]);
			await page.unrouteAll();
			page.removeAllListeners();
		}
	});

test('search within the pathway keeps the entries that match', async ({ page }) => {
	await openOffline(page, 'ketamine-disinhibition.html');
	await page.locator('#find').fill('BDNF');
	const shown = page.locator('#outline li:not(.unmatched)');
	await expect(shown.first()).toBeVisible();
	for (const text of await shown.allTextContents()) expect(text.toLowerCase()).toContain('bdnf');
	await expect(page.locator('[data-testid="made"]')).toContainText('Mechanism Atlas');
});
