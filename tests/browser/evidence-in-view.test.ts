import { expect, test, type Locator, type Page } from '@playwright/test';
import { clickElement, diagramReady } from './helpers.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const SIGMA = 'sigma-1-modulation';

/** The supporting sentence (its marked quote) lies wholly inside the window and its scroll box. */
async function expectReadable(page: Page, sentence: Locator) {
	await expect(sentence).toBeVisible();
	const box = (await sentence.boundingBox())!;
	const panel = (await page.getByTestId('details-panel').boundingBox())!;
	const window = page.viewportSize()!;
	expect(box.y).toBeGreaterThanOrEqual(Math.max(0, panel.y));
	expect(box.y + box.height).toBeLessThanOrEqual(Math.min(window.height, panel.y + panel.height));
}

/** An arrow drawn wholly inside the diagram's box, with the box scrolled into the window. */
async function arrowInView(page: Page): Promise<string> {
	await diagramReady(page);
	await page.locator('.diagram').scrollIntoViewIfNeeded();
	return page.evaluate(() => {
		const { cy } = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		const inside = cy.edges().filter((e) => {
			const m = e.renderedMidpoint();
			return m.x > 20 && m.y > 20 && m.x < cy.width() - 20 && m.y < cy.height() - 20;
		});
		return inside.first().id();
	});
}

const firstSentence = (page: Page) => page.locator('.details .evidence mark').first();

for (const screen of [PHONE, DESKTOP])
	for (const lang of ['', '/zh'])
		test.describe(`${screen.width}×${screen.height}${lang || ' en'}`, () => {
			test.use({ viewport: screen });

			test('a tap on an arrow shows its supporting sentence in view', async ({ page }) => {
				await page.goto(`${lang}/pathways/${SIGMA}`);
				const edge = await arrowInView(page);
				await clickElement(page, edge);
				await expect(page).toHaveURL(new RegExp(`select=${edge}$`));
				await expectReadable(page, firstSentence(page));
			});

			test('a ?select= link opens with the supporting sentence in view', async ({ page }) => {
				await page.goto(`${lang}/pathways/${SIGMA}?select=sigma-1-receptor`);
				await diagramReady(page);
				await expectReadable(page, firstSentence(page));
			});

			test('the hint about a cropped figure covers none of its nodes', async ({ page }) => {
				await page.goto(`${lang}/pathways/${SIGMA}`);
				await diagramReady(page);
				const hint = page.getByTestId('cropped-hint');
				if (!(await hint.count())) return;
				const h = (await hint.boundingBox())!;
				const nodes = await page.evaluate(() => {
					const c = document.querySelector('.cy-container') as HTMLElement & {
						cy: import('cytoscape').Core;
					};
					const at = c.getBoundingClientRect();
					return c.cy.nodes().map((n) => {
						const b = n.renderedBoundingBox({ includeLabels: true });
						return { x1: at.left + b.x1, y1: at.top + b.y1, x2: at.left + b.x2, y2: at.top + b.y2 };
					});
				});
				for (const n of nodes) {
					const apart =
						n.x2 <= h.x || n.x1 >= h.x + h.width || n.y2 <= h.y || n.y1 >= h.y + h.height;
					expect(apart).toBe(true);
				}
			});
		});

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	test('the details sheet is dragged up, then closed', async ({ page }) => {
		await page.goto(`/pathways/${SIGMA}?select=sigma-1-receptor`);
		await diagramReady(page);
		const panel = page.getByTestId('details-panel');
		const half = (await panel.boundingBox())!.height;
		const handle = page.getByRole('button', { name: 'Show more of the details' });
		const grip = (await handle.boundingBox())!;
		await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
		await page.mouse.down();
		await page.mouse.move(grip.x + grip.width / 2, grip.y - 200, { steps: 5 });
		await page.mouse.up();
		await expect.poll(async () => (await panel.boundingBox())!.height).toBeGreaterThan(half);
		await page.getByRole('button', { name: 'Close the details' }).click();
		await expect(page).not.toHaveURL(/select=/);
		await expect(page.getByRole('button', { name: 'Close the details' })).toHaveCount(0);
	});

	test('the presentation fits: its Menu button and caption are inside the window', async ({
		page
	}) => {
		await page.goto(`/pathways/${SIGMA}/present`);
		const menu = page.locator('.bar summary');
		await expect(menu).toBeInViewport({ ratio: 1 });
		await expect(page.locator('.caption-area')).toBeInViewport({ ratio: 1 });
	});
});
