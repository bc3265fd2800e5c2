import { expect, test, type Page } from '@playwright/test';
import { realAtlas } from '../unit/helpers/figures.ts';
import { elementTitle } from '../../src/lib/view/labels.ts';
import { pick } from '../../src/lib/i18n/localized.ts';
import { detailsTitle, diagramReady } from './helpers.ts';

const atlas = realAtlas();
const CASCADE = 'ketamine-disinhibition';

/** The alternate-language links in the head, as { hreflang: absolute path }. */
async function alternates(page: Page) {
	const links = await page
		.locator('link[rel="alternate"][hreflang]')
		.evaluateAll((els) =>
			els.map((el) => [el.getAttribute('hreflang'), new URL((el as HTMLLinkElement).href).pathname])
		);
	return Object.fromEntries(links);
}

test.describe('a Chinese page, its scripts off', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });

	test('every curated pathway opens at /zh/ in Chinese, with <html lang> and hreflang', async ({
		page
	}) => {
		for (const p of atlas.pathways) {
			await page.goto(`/zh/pathways/${p.id}`);
			await expect(page.locator('html'), p.id).toHaveAttribute('lang', 'zh-Hans');
			await expect(page.locator('.site-header .brand'), p.id).toHaveText('作用机制图谱');
			await expect(page.getByRole('link', { name: '演示' }), p.id).toBeVisible();
			await expect(page.getByLabel('搜索图谱'), p.id).toBeVisible();
			await expect(page.getByRole('group', { name: '缩放' }), p.id).toBeVisible();
			await expect(page.getByLabel('布局方向').locator('option'), p.id).toHaveText([
				'↓ 从上到下',
				'→ 从左到右',
				'↑ 从下到上',
				'← 从右到左'
			]);
			await expect(page.getByText('点击节点或箭头，查看支持它的句子。'), p.id).toBeVisible();
			await expect(page.locator('link[href$="/fonts/sc.css"]'), p.id).toHaveCount(1);
			// the figure drawn at build time, its node labels in Chinese
			const han = page.locator('.static-figure svg .node').filter({ hasText: /\p{Script=Han}/u });
			await expect(han.first(), p.id).toBeAttached();
			expect(await alternates(page), p.id).toEqual({
				en: `/pathways/${p.id}`,
				'zh-Hans': `/zh/pathways/${p.id}`
			});
		}
	});

	test('the English page says so and points to its Chinese twin; it links no Chinese font', async ({
		page
	}) => {
		await page.goto(`/pathways/${CASCADE}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByLabel('Layout direction').locator('option').first()).toHaveText(
			'↓ top to bottom'
		);
		expect(await alternates(page)).toEqual({
			en: `/pathways/${CASCADE}`,
			'zh-Hans': `/zh/pathways/${CASCADE}`
		});
		await expect(page.locator('link[href$="/fonts/sc.css"]')).toHaveCount(0);
		await page.getByRole('link', { name: '简体中文' }).click();
		await expect(page).toHaveURL(new RegExp(`/zh/pathways/${CASCADE}$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	});

	test('every page has its Chinese address, and its links keep to Chinese', async ({ page }) => {
		const id = atlas.pathways[0]!.id;
		const source = [...atlas.sources.keys()][0]!;
		const pages = [
			['/zh', '文献来源'],
			[`/zh/pathways/${id}/present`, '菜单'],
			[`/zh/pathways/${id}/present/presenter`, '重新计时'],
			[`/zh/pathways/${id}/handout`, '打印'],
			[`/zh/sources/${source}`, '作用机制图谱'],
			['/zh/404', '图谱中没有此地址的页面。']
		];
		for (const [path, text] of pages) {
			await page.goto(path!);
			await expect(page.locator('html'), path).toHaveAttribute('lang', 'zh-Hans');
			await expect(page.getByText(text!, { exact: true }).first(), path).toBeAttached();
			const internal = await page.locator('a[href]:not([hreflang])').evaluateAll((els) =>
				els
					.map((a) => new URL((a as HTMLAnchorElement).href))
					.filter((u) => u.origin === location.origin)
					.map((u) => u.pathname)
			);
			for (const link of internal) expect(link, `a link on ${path}`).toMatch(/^\/zh(\/|$)/);
			const images = await page
				.locator('img[src]')
				.evaluateAll((els) => els.map((img) => new URL((img as HTMLImageElement).src).pathname));
			for (const src of images) expect(src, `an image on ${path}`).toMatch(/^\/zh\//);
		}
	});
});

test('a Chinese source page names what cites each sentence, and its pathway, in Chinese', async ({
	page
}) => {
	for (const source of [...atlas.sources.keys()]) {
		await page.goto(`/zh/sources/${source}`);
		const citers = await page.locator('.citers a').evaluateAll((links) =>
			links.map((a) => {
				const url = new URL((a as HTMLAnchorElement).href);
				const pathway = url.pathname.split('/').pop()!;
				const title = a.closest('li')?.querySelector('.in')?.textContent ?? '';
				return { pathway, element: url.searchParams.get('select')!, text: a.textContent, title };
			})
		);
		expect(citers.length, source).toBeGreaterThan(0);
		for (const c of citers) {
			const p = atlas.pathways.find((x) => x.id === c.pathway)!;
			const named = { pathway: p, entities: atlas.entities };
			expect(c.text, `${source}: ${c.element}`).toBe(elementTitle(c.element, named, 'zh'));
			expect(c.title, source).toBe(pick(p.title, 'zh'));
		}
	}
});

test('the Chinese 404 page lists every pathway by its Chinese title', async ({ page }) => {
	await page.goto('/zh/404');
	for (const p of atlas.pathways)
		await expect(page.getByRole('link', { name: pick(p.title, 'zh'), exact: true })).toBeVisible();
});

test('the "演示" link keeps to one line, beside a Chinese title of any length', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const lines = () =>
		page.getByRole('link', { name: '演示' }).evaluate((el) => {
			const { height } = el.getBoundingClientRect();
			return Math.round(height / parseFloat(getComputedStyle(el).lineHeight));
		});
	for (const p of atlas.pathways) {
		await page.goto(`/zh/pathways/${p.id}`);
		expect(await lines(), p.id).toBe(1);
	}
	// Chinese text breaks between any two characters: a long title squeezes everything beside it
	await page
		.locator('h1')
		.evaluate((h) => (h.textContent = '氯胺酮阻断N-甲基-D-天冬氨酸受体'.repeat(6)));
	await page.locator('.summary').evaluate((s) => (s.textContent = '快速抗抑郁作用'.repeat(40)));
	expect(await lines()).toBe(1);
});

test('the switch moves to the other address, keeping the selection', async ({ page }) => {
	await page.goto(`/pathways/${CASCADE}?select=ketamine`);
	await diagramReady(page);
	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(page).toHaveURL(new RegExp(`/zh/pathways/${CASCADE}\\?select=ketamine$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(detailsTitle(page)).toHaveText('氯胺酮');
	// a choice made in Chinese stays at the Chinese address
	await page.getByText('大纲（图的文字版本）').click();
	const other = page.locator('.outline a').nth(1);
	const id = (await other.getAttribute('href'))!.replace('#about-', '');
	await other.click();
	await expect(page).toHaveURL(new RegExp(`/zh/pathways/${CASCADE}\\?select=${id}$`));
	await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(new RegExp(`^[^?]*[^h]/pathways/${CASCADE}\\?select=${id}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('<html lang> is written only when the language changes, not at hydration or a selection', async ({
	page
}) => {
	// A write, even of the tag it has, restyles the whole page (:lang()): each one is a mutation.
	await page.addInitScript(() => {
		const w = window as unknown as { langWrites: string[] };
		w.langWrites = [];
		// the document, not its element: this runs before the parser has made <html>
		new MutationObserver((records) =>
			w.langWrites.push(
				...records
					.filter((r) => r.target === document.documentElement)
					.map((r) => (r.target as Element).getAttribute('lang')!)
			)
		).observe(document, { subtree: true, attributeFilter: ['lang'] });
	});
	const writes = () =>
		page.evaluate(() => (window as unknown as { langWrites: string[] }).langWrites);
	await page.goto(`/pathways/${CASCADE}`);
	await diagramReady(page);
	await page.locator('.outline summary').click();
	await page.locator('.outline').getByRole('link', { name: 'BDNF', exact: true }).click();
	await expect(page).toHaveURL(/\?select=bdnf$/);
	expect(await writes()).toEqual([]);
	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	expect(await writes()).toEqual(['zh-Hans']);
});

test('the switch keeps the presentation at its step', async ({ page }) => {
	await page.goto(`/zh/pathways/${CASCADE}/present?step=2`);
	await diagramReady(page);
	await expect(page.getByTestId('step-counter')).toContainText('步骤 2');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\?step=3$/);
	// the presentation covers the page's header: its menu has the switch
	await page.getByText('菜单', { exact: true }).click();
	const english = page.locator('.menu').getByRole('link', { name: 'English' });
	await english.hover();
	await expect(english).toHaveAttribute(
		'href',
		new RegExp(`/pathways/${CASCADE}/present\\?step=3$`)
	);
	await english.click();
	await expect(page).toHaveURL(new RegExp(`^[^?]*[^h]/pathways/${CASCADE}/present\\?step=3$`));
	await expect(page.getByTestId('step-counter')).toContainText('Step 3');
});
