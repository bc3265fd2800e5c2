import { expect, test, type Page } from '@playwright/test';
import { detailsTitle, diagramReady, selectedOnCanvas, holdScripts } from './helpers.ts';

const PAGE = '/pathways/ketamine-disinhibition';

test('the inline figure selects on a click before Cytoscape has loaded, and Cytoscape then takes over', async ({
	page
}) => {
	// Hold back the Cytoscape chunk (the one large script) until the figure has been clicked.
	let release!: () => void;
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.body();
		if (body.length > 300_000) await held;
		await route.fulfill({ response, body });
	});
	await page.goto(PAGE);
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
	// A click after hydration selects (one before it follows the figure's link instead).
	await expect(page.locator('.stage[data-hydrated="true"]')).toBeAttached({ timeout: 15_000 });
	await page.locator('.static-figure #node-bdnf').click();
	await expect(detailsTitle(page)).toHaveText('BDNF');
	await expect(page).toHaveURL(/select=bdnf$/);
	await expect(page.locator('.cy-container[data-ready="false"]')).toBeAttached();
	release();
	await diagramReady(page);
	await expect(page.locator('.static-figure')).toBeHidden();
	const selected = await selectedOnCanvas(page);
	expect(selected).toEqual(['bdnf']);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	/** The element the page's panel names after a click: a link to its evidence. */
	const named = (page: Page) => page.locator('.panel > .anchor:target');

	test('a click on the inline figure names the element, and its link leads to its sentence and citation', async ({
		page
	}) => {
		await page.goto(PAGE);
		await expect(page.getByText('Click a node or an arrow to see')).toBeVisible();
		await page.locator('.static-figure #node-ketamine').click();
		await expect(page).toHaveURL(/#about-ketamine$/);
		await expect(named(page)).toHaveText('Ketamine');
		await expect(named(page)).toBeInViewport();
		await expect(page.getByText('Its sentences are in the one-file version')).toBeVisible();
		await expect(page.getByText('Click a node or an arrow to see')).toBeHidden();
		// a click halfway along the arrow as drawn (a line's box may hold little of the line)
		const edge = page.locator('.static-figure #edge-ketamine-blocks-nmda-receptor');
		const middle = await edge.evaluate((path: SVGPathElement) => {
			const p = path.getPointAtLength(path.getTotalLength() / 2);
			const m = path.getScreenCTM()!;
			return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
		});
		await page.mouse.click(middle.x, middle.y);
		await expect(named(page)).toHaveText('Ketamine blocks NMDA receptor');
		await expect(page.locator('.panel > .anchor').filter({ visible: true })).toHaveCount(1);
		// its link opens the pathway's one file at the element's details, still without a script
		await named(page).click();
		await expect(page).toHaveURL(/\/offline\.html#about-ketamine-blocks-nmda-receptor$/);
		const shown = page.locator('.details:target');
		await expect(shown).toBeVisible();
		await expect(shown).toContainText('Ketamine blocks NMDA receptor');
		await expect(shown.locator('mark').first()).toContainText('receptor antagonist');
		await expect(shown).toContainText('PMID 24392693');
	});

	test('a link in the outline names the element as well', async ({ page }) => {
		await page.goto(PAGE);
		await page.locator('.outline summary').click();
		await page.locator('.outline').getByRole('link', { name: 'BDNF', exact: true }).click();
		await expect(page).toHaveURL(/#about-bdnf$/);
		await expect(named(page)).toHaveText('BDNF');
	});
});

const EARLY_CLICKS = {
	figure: (page: Page) => page.locator('.static-figure #node-bdnf').click(),
	outline: async (page: Page) => {
		await page.locator('.outline summary').click();
		await page.locator('.outline').getByRole('link', { name: 'BDNF', exact: true }).click();
	}
};

for (const [where, clickBdnf] of Object.entries(EARLY_CLICKS)) {
	test(`a click on the ${where} made before the script ran carries over as the selection once it runs`, async ({
		page
	}) => {
		const release = await holdScripts(page);
		await page.goto(PAGE, { waitUntil: 'commit' });
		await clickBdnf(page);
		await expect(page.locator('.panel > .anchor:target')).toHaveText('BDNF');
		release();
		await expect(page).toHaveURL(/\?select=bdnf$/);
		await expect(detailsTitle(page)).toHaveText('BDNF');
		await expect(page.locator('.panel > .anchor')).toHaveCount(0);
	});
}

test('a pathway reached from the index by client-side navigation draws its inline figure too', async ({
	page
}) => {
	// Cytoscape held back: what shows is the inline figure, which came in the page's data.
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.body();
		if (body.length > 300_000) return; // never answered
		await route.fulfill({ response, body });
	});
	await page.goto('/');
	await page.getByRole('link', { name: 'Ketamine blocks the NMDA receptor' }).click();
	await expect(page).toHaveURL(/\/pathways\/ketamine-nmda-block$/);
	await expect(page.locator('.static-figure svg #node-ketamine')).toBeVisible();
	await expect(page.locator('.static-figure svg')).toHaveCount(1);
	// drawn again in the language the reader moves to
	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(page).toHaveURL(/\/zh\/pathways\/ketamine-nmda-block$/);
	await expect(page.locator('.static-figure svg #node-ketamine')).toContainText('氯胺酮');
	await expect(page.locator('.static-figure svg')).toHaveCount(1);
	// a chunk held back may still be in flight: the test ends without waiting for it
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

const EMBED = `${PAGE}/embed`;

test("an embed's click on the figure made before the script ran carries over as the selection", async ({
	page
}) => {
	const release = await holdScripts(page);
	await page.goto(EMBED, { waitUntil: 'commit' });
	await page.locator('.static-figure #node-bdnf').click();
	await expect(page).toHaveURL(/#about-bdnf$/);
	release();
	await expect(page).toHaveURL(/\?select=bdnf$/);
	await expect(detailsTitle(page)).toHaveText('BDNF');
});

test.describe('an embed without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test("links once to the one-file version, which shows every element's sentences", async ({
		page
	}) => {
		await page.goto(EMBED);
		await expect(page.locator('.panel > .anchor')).toHaveCount(0);
		// no promise of details on a click, which only the script can keep here
		await expect(page.getByText('Click a node or an arrow to see')).toBeHidden();
		const link = page.getByRole('link', { name: 'Each element and the sentences that support it' });
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL(/\/ketamine-disinhibition\/offline\.html$/);
		await page.locator('#figure #node-bdnf').click();
		await expect(page.locator('.details:target')).toContainText('BDNF');
	});
});
