import { expect, type Page } from '@playwright/test';

/**
 * Waits until Cytoscape has taken over the diagram; `timeout` for a page whose modules a dev
 * server compiles as they are asked for.
 */
export async function diagramReady(page: Page, timeout?: number) {
	await expect(page.locator('.cy-container[data-ready="true"]')).toBeVisible({ timeout });
	const live = () =>
		page.evaluate(() => {
			const all = [...document.querySelectorAll('.cy-container')];
			return all.length === 1 && 'cy' in all[0]!;
		});
	await expect.poll(live).toBe(true);
}

/** Waits until no animation (a new layout's moves, then its fit) is under way. */
export async function settled(page: Page) {
	const animating = () =>
		page.evaluate(() => {
			const c = document.querySelector('.cy-container') as
				(HTMLElement & { cy?: import('cytoscape').Core }) | null;
			// a diagram drawn anew (the studio's, after an edit) has its container before its instance
			if (!c?.cy) return true;
			// Cytoscape.js's typings lack an element's animated(), which it has
			const moving = (n: unknown) => (n as { animated(): boolean }).animated();
			return c.cy.animated() || c.cy.nodes().some(moving);
		});
	// a new layout's fit follows its moves after a pause: the diagram says so until the fit starts
	await expect(page.locator('.cy-container[data-fit-pending]')).toHaveCount(0);
	await expect.poll(animating).toBe(false);
}

/** Where an element is drawn, in page coordinates (read from the live Cytoscape instance). */
export async function elementPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
	await diagramReady(page);
	return page.evaluate((elementId) => {
		const container = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		const el = container.cy.getElementById(elementId);
		const box = container.getBoundingClientRect();
		const at = el.isNode()
			? el.renderedPosition()
			: (el as unknown as import('cytoscape').EdgeSingular).renderedMidpoint();
		return { x: box.left + at.x, y: box.top + at.y };
	}, id);
}

/** Clicks an element on the canvas, as a user would. */
export async function clickElement(page: Page, id: string) {
	// Let any centring animation end so the element stays where it was measured: on a loaded
	// machine it can outlast any fixed pause.
	await settled(page);
	const { x, y } = await elementPoint(page, id);
	await page.mouse.click(x, y);
}

export const detailsTitle = (page: Page) => page.getByTestId('details-title');

/**
 * Every node of the inline figure on `before` (the page as it is before its script) sits where
 * Cytoscape draws it on `page`, to within 1.5 px.
 */
export async function expectInlineWhereLive(before: Page, page: Page, nodes: { id: string }[]) {
	for (const n of nodes) {
		const box = (await before
			.locator(`.static-figure #node-${n.id} > :is(rect, ellipse, path)`)
			.first()
			.boundingBox())!;
		const live = await elementPoint(page, n.id);
		expect(Math.abs(box.x + box.width / 2 - live.x), n.id).toBeLessThan(1.5);
		expect(Math.abs(box.y + box.height / 2 - live.y), n.id).toBeLessThan(1.5);
	}
}

/** The visible texts inside `selector` set under `min` px (size and start of each), and the count. */
export function textsUnder(page: Page, selector: string, min: number) {
	return page.evaluate(
		([sel, least]) => {
			const root = document.querySelector(sel) as HTMLElement;
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			const small: string[] = [];
			let count = 0;
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const parent = n.parentElement!;
				if (!n.textContent?.trim() || !parent.checkVisibility()) continue;
				const rect = parent.getBoundingClientRect();
				if (rect.width <= 1 || rect.height <= 1) continue;
				count++;
				const size = parseFloat(getComputedStyle(parent).fontSize);
				if (size < least) small.push(`${size}px: ${n.textContent.trim().slice(0, 40)}`);
			}
			return { count, small };
		},
		[selector, min] as const
	);
}

/** The ids the live diagram has selected. */
export const selectedOnCanvas = (page: Page) =>
	page.evaluate(() => {
		const c = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		return c.cy.$(':selected').map((el) => el.id());
	});

/** Holds every one of the page's scripts back until `release()`: the page as it is before they run. */
export async function holdScripts(page: Page): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
