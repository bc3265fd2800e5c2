import { expect, test, type Page } from '@playwright/test';
import { diagramReady } from './helpers.ts';

/** What the live figure draws: compartments with their boxes and how many of their nodes show. */
const drawnCompartments = (page: Page) =>
	page.evaluate(() => {
		const { cy } = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		return cy
			.nodes(':parent')
			.filter((c) => c.visible())
			.map((c: import('cytoscape').NodeSingular) => ({
				id: c.id(),
				parent: c.parent().first().id() ?? null,
				box: c.boundingBox({ includeLabels: false }),
				shown: c
					.descendants()
					.filter((n: import('cytoscape').NodeSingular) => n.visible() && !n.isParent()).length
			}));
	});

const overlap = (
	a: { x1: number; x2: number; y1: number; y2: number },
	b: { x1: number; x2: number; y1: number; y2: number }
) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

for (const id of ['ketamine-disinhibition', 'sigma-1-modulation'])
	test(`${id}: "only what the sources say" draws no empty and no overlapping compartment`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(`/pathways/${id}`);
		await diagramReady(page);
		const before = await drawnCompartments(page);
		await page.getByLabel(/Only what the sources say/).check();
		// laid out again (the nodes glide to their places): no empty box, no two boxes overlapping
		const problems = async () => {
			const drawn = await drawnCompartments(page);
			const empty = drawn.filter((c) => c.shown === 0).map((c) => `${c.id} is empty`);
			const overlapping = drawn.flatMap((a) =>
				drawn
					.filter((b) => a.id < b.id && a.parent === b.parent && overlap(a.box, b.box))
					.map((b) => `${a.id} overlaps ${b.id}`)
			);
			return drawn.length ? [...empty, ...overlapping] : ['no compartment drawn'];
		};
		await expect.poll(problems).toEqual([]);
		await page.getByLabel(/Only what the sources say/).uncheck();
		await expect.poll(async () => (await drawnCompartments(page)).length).toBe(before.length);
	});
