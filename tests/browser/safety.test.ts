import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { XSS_PORT } from '../../playwright.config.ts';
import { diagramReady } from './helpers.ts';

const XSS = `http://localhost:${XSS_PORT}`;
const PAGES = [
	'/',
	'/pathways/ketamine-disinhibition?select=ketamine',
	'/sources/jelen-2021',
	'/pathways/nope'
];

async function noScriptRan(page: Page) {
	expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
}

test.describe('hostile curated text renders inert', () => {
	test.setTimeout(90_000);
	let dialogs = 0;
	test.beforeEach(({ page }) => {
		dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
	});

	test('the pathway page shows the markup as text, runs none of it', async ({ page }) => {
		await page.goto(`${XSS}/pathways/ketamine?select=ketamine`, { timeout: 60_000 });
		await diagramReady(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'<script>window.__xss = 5</script>Hostile pathway'
		);
		await expect(page.locator('.details')).toContainText('<img src=x onerror="window.__xss = 2">');
		await expect(page.locator('main img, main iframe, main svg[onload]')).toHaveCount(0);
		await page.locator('.outline summary').click();
		await page
			.locator('.outline')
			.getByRole('link', { name: 'mTOR <iframe src=javascript:window.__xss=4>', exact: true })
			.click();
		await expect(page.locator('.details')).toContainText('Mammalian target of rapamycin.');
		await page.goto(`${XSS}/pathways/ketamine?select=nmda-receptor-modulates-mtor`);
		await diagramReady(page);
		await expect(page.locator('.details')).toContainText('<script>window.__xss = 9</script>');
		await noScriptRan(page);
		expect(dialogs).toBe(0);
	});

	test('the index and source page show it as text too', async ({ page }) => {
		await page.goto(`${XSS}/`, { timeout: 60_000 });
		await expect(page.locator('[data-pathway="ketamine"]')).toContainText(
			'<img src=x onerror="window.__xss = 6">'
		);
		await page.goto(`${XSS}/sources/jelen-2021`);
		await expect(page.locator('main')).toContainText('<img src=x onerror="window.__xss = 13">');
		await noScriptRan(page);
		expect(dialogs).toBe(0);
		const links = await page.locator('a[href^="javascript:"]').count();
		expect(links).toBe(0);
	});
});

test('no request leaves the site', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin !== new URL(baseURL ?? '').origin && url.protocol !== 'data:')
			foreign.push(r.url());
	});
	for (const path of PAGES) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(foreign).toEqual([]);
});

test('every page carries a Content Security Policy', async ({ page }) => {
	for (const path of PAGES.slice(0, 3)) {
		await page.goto(path);
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("object-src 'none'");
	}
});

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

for (const path of PAGES) {
	test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await page.evaluate(axeSource);
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: {
						run: (ctx: Document) => Promise<{
							violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
						}>;
					};
				}
			).axe;
			const result = await axe.run(document);
			return result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		});
		expect(violations).toEqual([]);
	});
}
