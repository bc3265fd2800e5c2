import { expect, test, type Page } from '@playwright/test';
import { READABLE_LABEL_PX } from '../../src/lib/view/firstView.ts';
import { realAtlas } from '../unit/helpers/figures.ts';
import { diagramReady, expectInlineWhereLive } from './helpers.ts';

/** The bar: every node label of the first view at 10 px or more. */
const MIN_LABEL_PX = 10;
const SCREENS = [
	{ width: 1440, height: 900 },
	{ width: 1920, height: 1080 },
	{ width: 390, height: 844 }
];

/** The smallest node label Cytoscape draws (font size × zoom), in screen px. */
const smallestLiveLabel = (page: Page) =>
	page.evaluate(() => {
		const { cy } = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		const sizes = cy
			.nodes()
			.not(':parent')
			.map((n) => parseFloat(n.style('font-size')) * cy.zoom());
		return Math.min(...sizes);
	});

/** How many nodes are drawn wholly inside the diagram's box, and how many there are. */
const nodesInView = (page: Page) =>
	page.evaluate(() => {
		const { cy } = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		const nodes = cy.nodes().not(':parent');
		const inside = nodes.filter((n) => {
			const b = n.renderedBoundingBox({ includeLabels: true });
			return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
		});
		return { inside: inside.length, all: nodes.length };
	});

/** Whether a node is drawn wholly inside the diagram's box, its label included. */
const drawnInView = (page: Page, id: string) =>
	page.evaluate((nodeId) => {
		const { cy } = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		const b = cy.getElementById(nodeId).renderedBoundingBox({ includeLabels: true });
		return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
	}, id);

/** The smallest node label of the inline figure, as drawn on screen (font size × its scale). */
const smallestInlineLabel = (page: Page) =>
	page.evaluate(() => {
		const texts = [...document.querySelectorAll<SVGTextElement>('.static-figure .node text')];
		const sizes = texts.map(
			(t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0)
		);
		return Math.min(...sizes);
	});

const pathways = realAtlas().pathways;

test('the first view reads at a size above the bar, with room to spare', () => {
	expect(READABLE_LABEL_PX.en).toBeGreaterThanOrEqual(MIN_LABEL_PX);
	expect(pathways.length).toBeGreaterThan(1);
});

for (const screen of [SCREENS[0]!, SCREENS[2]!])
	for (const { id } of pathways)
		test(`/zh/pathways/${id} at ${screen.width}×${screen.height}: Chinese labels at least 12 px at first, before and after the script`, async ({
			browser,
			page
		}) => {
			const before = await browser.newPage({ viewport: screen });
			await before.route('**/*.js', (route) => route.abort());
			await before.goto(`/zh/pathways/${id}`);
			expect(await smallestInlineLabel(before)).toBeGreaterThanOrEqual(12);
			await before.close();
			await page.setViewportSize(screen);
			await page.goto(`/zh/pathways/${id}`);
			await diagramReady(page);
			expect(await smallestLiveLabel(page)).toBeGreaterThanOrEqual(12);
		});

for (const screen of SCREENS)
	for (const { id, nodes } of pathways)
		test(`${id} at ${screen.width}×${screen.height}: every label readable at first, the whole figure one key away`, async ({
			page
		}) => {
			await page.setViewportSize(screen);
			await page.goto(`/pathways/${id}`);
			await diagramReady(page);
			expect(await smallestLiveLabel(page)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
			// where the pathway starts is in view, on a phone too
			expect(await drawnInView(page, nodes[0]!.id), nodes[0]!.id).toBe(true);
			// no sideways scrolling of the page itself, on a phone either
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				screen.width
			);

			// part of the figure out of view: the reader is told how to reach it
			const atFirst = await nodesInView(page);
			const hint = page.getByTestId('cropped-hint');
			if (atFirst.inside < atFirst.all) await expect(hint).toBeVisible();

			await page.locator('.cy-container').focus();
			await page.keyboard.press('0');
			await expect
				.poll(() => nodesInView(page))
				.toEqual({ inside: nodes.length, all: nodes.length });
			await expect(hint).toHaveCount(0);
			await page.getByRole('button', { name: 'Reset view' }).click();
			await expect.poll(() => smallestLiveLabel(page)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
		});

test.describe('before and without scripts', () => {
	for (const screen of [SCREENS[0]!, SCREENS[2]!])
		for (const { id, nodes } of pathways)
			test(`${id} at ${screen.width}×${screen.height}: the inline figure reads as the first view, and Cytoscape takes over in its place`, async ({
				browser,
				page
			}) => {
				// before the script: scripting on, but the page's modules not loaded yet (here: never)
				const before = await browser.newPage({ viewport: screen });
				await before.route('**/*.js', (route) => route.abort());
				await before.goto(`/pathways/${id}`);
				expect(await smallestInlineLabel(before)).toBeGreaterThanOrEqual(MIN_LABEL_PX);

				await page.setViewportSize(screen);
				await page.goto(`/pathways/${id}`);
				await diagramReady(page);
				await expectInlineWhereLive(before, page, nodes);
				await before.close();
			});

	for (const { id } of pathways)
		test(`${id}: without scripts, the whole inline figure can be scrolled to`, async ({
			browser
		}) => {
			const still = await browser.newContext({ javaScriptEnabled: false, viewport: SCREENS[2] });
			const page = await still.newPage();
			await page.goto(`/pathways/${id}`);
			expect(await smallestInlineLabel(page)).toBeGreaterThanOrEqual(MIN_LABEL_PX);
			const { scrollWidth, scrollHeight, svg } = await page
				.locator('.static-figure')
				.evaluate((box) => {
					const drawn = box.querySelector('svg')!.getBoundingClientRect();
					return {
						scrollWidth: box.scrollWidth,
						scrollHeight: box.scrollHeight,
						svg: { width: drawn.width, height: drawn.height }
					};
				});
			expect(scrollWidth).toBeGreaterThanOrEqual(Math.floor(svg.width));
			expect(scrollHeight).toBeGreaterThanOrEqual(Math.floor(svg.height));
			await still.close();
		});
});
