import { expect, test } from '@playwright/test';
import { clickElement, detailsTitle, diagramReady, elementPoint, settled } from './helpers.ts';

const CASCADE = '/pathways/ketamine-disinhibition';

test('clicking a node on the canvas shows its sentence, highlighted, with support and citation', async ({
	page
}) => {
	await page.goto(CASCADE);
	await clickElement(page, 'ketamine');
	await expect(detailsTitle(page)).toHaveText('Ketamine');
	const evidence = page.locator('.details .evidence').first();
	await expect(evidence.locator('mark')).toContainText('receptor antagonist ketamine');
	await expect(evidence).toContainText('Stated by the source');
	await expect(evidence.getByRole('link', { name: /PMID 24392693/ })).toBeVisible();
	await expect(page).toHaveURL(/\?select=ketamine$/);
});

test('a selection is painted before the address follows it', async ({ page }) => {
	// The router's work on a navigation reads every link of the page: on a large figure, that
	// would hold the details back if the address changed first.
	await page.goto(CASCADE);
	await diagramReady(page);
	const addressWhenPainted = page.evaluate(
		() =>
			new Promise<string>((done) => {
				const painted = () => requestAnimationFrame(() => done(location.search));
				new MutationObserver((_, observer) => {
					if (!document.querySelector('[data-testid="details-title"]')) return;
					observer.disconnect();
					painted();
				}).observe(document.body, { subtree: true, childList: true });
			})
	);
	await clickElement(page, 'bdnf');
	expect(await addressWhenPainted).toBe('');
	await expect(page).toHaveURL(/\?select=bdnf$/);
	await expect(detailsTitle(page)).toHaveText('BDNF');
});

test('a selection whose page is left before its address follows leaves the address alone', async ({
	page
}) => {
	await page.goto(CASCADE);
	await diagramReady(page);
	// In one task: a selection, then the address moves to another page (as a link handled within
	// the frame would move it). The selection's address, due a frame later, must not take it back.
	await page.evaluate(() => {
		document.querySelector<HTMLElement>('.outline li a')!.click();
		history.pushState(history.state, '', '/sources');
	});
	// two frames and a turn: the address would have followed by then
	await page.evaluate(
		() =>
			new Promise((done) =>
				requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))
			)
	);
	expect(new URL(page.url()).pathname).toBe('/sources');
});

test('clicking an edge on the canvas opens the edge, even a thin dotted one', async ({ page }) => {
	await page.goto(CASCADE);
	await diagramReady(page);
	const edgeId = await page.evaluate(() => {
		const c = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		return c.cy.edges('[support = "background"]').first().id();
	});
	await clickElement(page, edgeId);
	await expect(page).toHaveURL(new RegExp(`select=${edgeId}$`));
	await expect(page.locator('.details .evidence[data-support="background"]').first()).toContainText(
		'Curator note'
	);
});

test('an edge is hit a few pixels off its line', async ({ page }) => {
	await page.goto(CASCADE);
	await diagramReady(page);
	const { x, y } = await elementPoint(page, 'ketamine-blocks-nmda-receptor');
	await page.mouse.click(x + 5, y);
	await expect(page).toHaveURL(/select=ketamine-blocks-nmda-receptor$/);
});

test('a deep link selects and shows the element; back and forward move through selections', async ({
	page
}) => {
	await page.goto(`${CASCADE}?select=bdnf`);
	await expect(detailsTitle(page)).toHaveText('BDNF');
	await clickElement(page, 'trkb');
	await expect(detailsTitle(page)).toHaveText('TrkB');
	// the address follows the painted selection (a reader's Back comes frames later)
	await expect(page).toHaveURL(/select=trkb$/);
	await page.goBack();
	await expect(page).toHaveURL(/select=bdnf$/);
	await expect(detailsTitle(page)).toHaveText('BDNF');
	await page.goForward();
	await expect(detailsTitle(page)).toHaveText('TrkB');
});

test('an unknown element id shows a short notice and the plain pathway', async ({ page }) => {
	await page.goto(`${CASCADE}?select=no-such-thing`);
	await expect(page.getByRole('status')).toContainText('no-such-thing');
	await expect(page.locator('.details .hint')).toBeVisible();
	await diagramReady(page);
});

test('search finds a node by a synonym and selects it', async ({ page }) => {
	await page.goto(CASCADE);
	await diagramReady(page);
	await page.getByPlaceholder('Search the atlas').fill('brain-derived');
	await page.locator('.atlas-search .results a', { hasText: 'BDNF' }).first().click();
	await expect(detailsTitle(page)).toHaveText('BDNF');
	await expect(page).toHaveURL(/select=bdnf$/);
});

test('the background filter hides background-only elements and their evidence', async ({
	page
}) => {
	await page.goto(`${CASCADE}?select=ketamine`);
	await diagramReady(page);
	const visibleBackground = () =>
		page.evaluate(() => {
			const c = document.querySelector('.cy-container') as HTMLElement & {
				cy: import('cytoscape').Core;
			};
			return c.cy.edges('[support = "background"]').filter((e) => e.visible()).length;
		});
	expect(await visibleBackground()).toBeGreaterThan(0);
	await page.getByLabel(/Only what the sources say/).check();
	await expect.poll(visibleBackground).toBe(0);
	await expect(page.locator('.details .evidence[data-support="background"]')).toHaveCount(0);
});

test('the language switch shows Chinese labels and the aligned Chinese sentence', async ({
	page
}) => {
	await page.goto(`${CASCADE}?select=ketamine`);
	await diagramReady(page);
	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(detailsTitle(page)).toHaveText('氯胺酮');
	await expect(page.getByLabel('搜索图谱')).toBeVisible();
	await expect(page.locator('.details .kind')).toHaveText('类型：药物');
	const legend = page.locator('.legend');
	await expect(legend.getByText('药物', { exact: true })).toBeVisible();
	await expect(legend.getByText('1 个句子', { exact: true })).toBeVisible();
	const label = await page.evaluate(() => {
		const c = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		return c.cy.getElementById('ketamine').data('label');
	});
	expect(label).toContain('氯胺酮');
	await page.reload();
	await expect(detailsTitle(page)).toHaveText('氯胺酮');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(detailsTitle(page)).toHaveText('Ketamine');
	await expect(legend.getByText('drug', { exact: true })).toBeVisible();
});

test('"also in" leads to the same entity in another pathway', async ({ page }) => {
	await page.goto(`${CASCADE}?select=nmda-receptor`);
	await page
		.locator('.also-in')
		.getByRole('link', { name: /Sigma-1/i })
		.click();
	await expect(page).toHaveURL(/\/pathways\/sigma-1-modulation\?select=nmda-receptor/);
	await expect(detailsTitle(page)).toHaveText('NMDA receptor');
});

test('the outline is a readable text version that selects elements, even before the script has run', async ({
	page
}) => {
	await page.goto(CASCADE);
	await page.getByText('Outline (text version of the diagram)').click();
	const items = page.locator('.outline li');
	expect(await items.count()).toBeGreaterThan(20);
	await expect(items.first()).toContainText('Ketamine');
	await page
		.locator('.outline')
		.getByRole('link', { name: 'Ketamine blocks NMDA receptor' })
		.click();
	await expect(page).toHaveURL(/select=ketamine-blocks-nmda-receptor$/);
	await expect(detailsTitle(page)).toHaveText('Ketamine blocks NMDA receptor');
	await expect(detailsTitle(page)).toBeInViewport();
});

test('the index has a card per pathway with counts and sources', async ({ page }) => {
	await page.goto('/');
	const cards = page.locator('[data-pathway]');
	expect(await cards.count()).toBeGreaterThanOrEqual(5);
	const cascade = page.locator('[data-pathway="ketamine-disinhibition"]');
	await expect(cascade).toContainText(/\d+\s+nodes/);
	await expect(cascade.getByRole('link', { name: 'jelen-2021' })).toBeVisible();
	const thumbnail = cascade.locator('img');
	await thumbnail.scrollIntoViewIfNeeded();
	await expect
		.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
		.toBeGreaterThan(0);
});

test('source pages number and anchor sentences and link back to the citing elements', async ({
	page
}) => {
	await page.goto('/sources/niciu-2014#s4');
	await expect(page.locator('#s4')).toContainText('three important targets');
	const citer = page.locator('#s4 .citers a').first();
	const href = new URL((await citer.getAttribute('href')) ?? '', page.url());
	expect(href.pathname + href.search).toMatch(/^\/pathways\/[a-z0-9-]+\?select=/);
	await citer.click();
	await expect(page.locator('.details .evidence mark').first()).toBeVisible();
});

test('the layout runs in the browser only when the reader asks for another direction', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto(CASCADE);
	await diagramReady(page);
	await page.waitForLoadState('networkidle');
	// Chunk names are content hashes: the layout shows up as code fetched only on demand.
	const loadedOnLoad = scripts.length;
	const loadsLayout = () => scripts.length > loadedOnLoad;
	// the cascade opens left to right, for a landscape screen: ketamine, then its receptor
	const before = await elementPoint(page, 'nmda-receptor');
	const ketamine = await elementPoint(page, 'ketamine');
	expect(before.x - ketamine.x).toBeGreaterThan(Math.abs(before.y - ketamine.y));

	await page.getByLabel('Layout direction').selectOption('TB');
	await expect.poll(loadsLayout).toBe(true);
	await expect
		.poll(async () => {
			const [k, n] = [
				await elementPoint(page, 'ketamine'),
				await elementPoint(page, 'nmda-receptor')
			];
			return n.y - k.y > Math.abs(n.x - k.x);
		})
		.toBe(true);
});

test('a collapsed compartment is one box; a click on it, or choosing something inside, opens it', async ({
	page
}) => {
	await page.goto(CASCADE);
	await diagramReady(page);
	const drawn = (id: string) =>
		page.evaluate((elementId) => {
			const c = document.querySelector('.cy-container') as HTMLElement & {
				cy: import('cytoscape').Core;
			};
			return c.cy.getElementById(elementId).length > 0;
		}, id);
	const box = page.getByLabel('Glutamatergic synapse');
	await page.getByText('Collapse compartments').click();
	await box.check();
	await expect.poll(() => drawn('bdnf')).toBe(false);
	expect(await drawn('synapse')).toBe(true);
	await settled(page);
	await clickElement(page, 'synapse');
	await expect.poll(() => drawn('bdnf')).toBe(true);
	await expect(box).not.toBeChecked();
	await expect(page).not.toHaveURL(/select=/);

	await box.check();
	await expect.poll(() => drawn('bdnf')).toBe(false);
	await page.getByText('Outline (text version of the diagram)').click();
	await page.locator('.outline').getByRole('link', { name: 'BDNF', exact: true }).click();
	await expect(detailsTitle(page)).toHaveText('BDNF');
	await expect.poll(() => drawn('bdnf')).toBe(true);
	await expect(box).not.toBeChecked();
});
