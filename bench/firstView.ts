/**
 * The pathway page's first view, measured as a reader meets it: the smallest node label drawn
 * (font size × zoom) before anyone touches zoom, and whether "fit all" (the 0 key) then shows
 * every node.
 */
import type { Browser } from '@playwright/test';

export interface Screen {
	width: number;
	height: number;
}

export interface FirstViewRow {
	id: string;
	screen: Screen;
	/** The smallest node label of the first view, in screen px. */
	smallestLabelPx: number;
	/** Every node inside the diagram's box after the fit key. */
	wholeAfterFit: boolean;
}

/** The bar for every curated pathway at 1440 × 900. */
export const FIRST_VIEW_MIN_LABEL_PX = 10;

type Cy = import('cytoscape').Core;

export async function firstView(browser: Browser, url: string, id: string, screen: Screen) {
	const context = await browser.newContext({ viewport: screen });
	// tsx wraps functions handed to the page in __name(...): give the page a do-nothing one
	await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
	try {
		const page = await context.newPage();
		await page.goto(url);
		const diagram = page.locator('.cy-container[data-ready="true"]');
		await diagram.waitFor();
		const smallestLabelPx = await page.evaluate(() => {
			const { cy } = document.querySelector('.cy-container') as HTMLElement & { cy: Cy };
			const sizes = cy.nodes(':childless').map((n) => parseFloat(n.style('font-size')) * cy.zoom());
			return Math.min(...sizes);
		});
		await diagram.focus();
		await page.keyboard.press('0');
		const wholeAfterFit = await page.evaluate(() => {
			const { cy } = document.querySelector('.cy-container') as HTMLElement & { cy: Cy };
			return cy.nodes(':childless').every((n) => {
				const b = n.renderedBoundingBox({ includeLabels: true });
				return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
			});
		});
		const row: FirstViewRow = { id, screen, smallestLabelPx, wholeAfterFit };
		return row;
	} finally {
		await context.close();
	}
}
