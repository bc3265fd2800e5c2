/**
 * Pages in the pseudo-locale (src/lib/i18n/pseudo.ts), as the server renders them before any
 * script runs: the index and every curated pathway's page show no English that did not come
 * through a language's table, and no element's text runs out of its box, at desktop and phone
 * widths. The figures and exports are checked in tests/unit/pseudoLocale.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { LECTURE_KEYS } from '../../src/lib/lecture/keys.ts';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { englishByRight, untranslated } from '../unit/helpers/untranslated.ts';
import { startPseudoServer, type PseudoServer } from './pseudoServer.ts';

const atlas = validateAtlas(readCuratedDir(join(process.cwd(), 'pathways'))).atlas;
const byRight = [
	englishByRight(atlas),
	// each language's own name in the language switch
	'English',
	// the names printed on keys (Escape, PageDown) in the handout's key help
	...Object.values(LECTURE_KEYS).flatMap((k) => k.named),
	...atlas.pathways.flatMap((p) => p.compartments.map((c) => c.id))
].join('\n');
const first = atlas.pathways[0]!.id;
/** The reader's pages, read on a phone too. */
const READER_PAGES = ['/xa', ...atlas.pathways.map((p) => `/xa/pathways/${p.id}`)];
/** The other kinds of page, once each: the handout is laid out for paper, not for a phone. */
const OTHER_PAGES = [
	...['handout', 'evidence', 'practice'].map((page) => `/xa/pathways/${first}/${page}`),
	`/xa/sources/${[...atlas.sources.keys()][0]}`
];
const PORT = (Number(process.env.ATLAS_TEST_PORT) || 4173) + 1003;

test.describe.configure({ mode: 'serial' });
let server: PseudoServer;
test.beforeAll(async () => {
	test.setTimeout(180_000);
	server = await startPseudoServer(PORT);
});
test.afterAll(() => server?.stop());
test.use({ javaScriptEnabled: false });

/** Elements whose content runs out of their box; a box that scrolls (the figure's) is meant to. */
const overflowing = (page: Page) =>
	page.evaluate(() =>
		[...document.body.querySelectorAll<HTMLElement>('*')].flatMap((el) => {
			const style = getComputedStyle(el);
			if (style.display === 'none' || style.display === 'inline') return [];
			if (el.closest('svg') || /auto|scroll/.test(style.overflowX)) return [];
			// a box of 1px is text for screen readers only, hidden on purpose
			return el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1
				? [`${el.tagName}.${el.className}: ${el.textContent?.trim().slice(0, 60)}`]
				: [];
		})
	);

for (const [width, pages] of [
	[1280, [...READER_PAGES, ...OTHER_PAGES]],
	[390, READER_PAGES]
] as const)
	test(`${pages.length} pages at ${width}px: all text translated, none overflowing`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height: 800 });
		for (const path of pages) {
			await page.goto(`${server.url}${path}`);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
			const text = await page.locator('body').innerText();
			expect(untranslated(text, byRight), path).toEqual([]);
			expect(await overflowing(page), path).toEqual([]);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth),
				path
			).toBeLessThanOrEqual(width);
		}
	});

test('the check finds the English of the same page in English', async ({ page }) => {
	await page.goto(`${server.url}/pathways/${atlas.pathways[0]!.id}`);
	expect(untranslated(await page.locator('body').innerText(), byRight)).toEqual(
		expect.arrayContaining(['Legend', 'Export'])
	);
});
