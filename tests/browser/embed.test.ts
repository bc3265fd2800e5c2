/**
 * The embed page as a course page frames it: another origin's page holds it in an <iframe> of
 * 600 × 400 or 360 × 640 and listens for its height. ?select=, ?step= and ?hypothesis= from the
 * frame's address work, the page fits its frame, and its height messages arrive.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { lectureSteps } from '../../src/lib/lecture/steps.ts';
import { slideStepIds } from '../../src/lib/lecture/slideView.ts';
import { realAtlas } from '../unit/helpers/figures.ts';

const ID = 'ketamine-hypotheses';
const pathway = realAtlas().pathways.find((p) => p.id === ID)!;
const SIZES = [
	{ width: 600, height: 400 },
	{ width: 360, height: 640 }
];

/**
 * The course page: another origin than the atlas's, served from this machine (Chromium refuses a
 * public page's frame of a local one), framing `src` at `w` × `h` and keeping the height messages.
 */
function courseHtml(src: string, w: string, h: string): string {
	const attr = (v: string) =>
		v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<!doctype html><html><body style="margin:0">
<iframe id="atlas" src="${attr(src)}" width="${attr(w)}" height="${attr(h)}" style="border:0"></iframe>
<script>
	window.heights = [];
	addEventListener('message', (e) => {
		if (e.data && e.data.type === 'mechanism-atlas:height') window.heights.push(e.data);
	});
</script></body></html>`;
}

let courseSite: Server;
let courseOrigin: string;
test.beforeAll(async () => {
	courseSite = createServer((req, res) => {
		const q = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(courseHtml(q.get('src') ?? '', q.get('w') ?? '', q.get('h') ?? ''));
	});
	await new Promise<void>((listening) => courseSite.listen(0, '127.0.0.1', listening));
	courseOrigin = `http://127.0.0.1:${(courseSite.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise((closed) => courseSite.close(closed)));

async function coursePage(page: Page, src: string, size: { width: number; height: number }) {
	const query = new URLSearchParams({ src, w: String(size.width), h: String(size.height) });
	await page.setViewportSize({ width: size.width + 40, height: size.height + 200 });
	await page.goto(`${courseOrigin}/unit-3.html?${query}`);
	const frame = (await (await page.locator('#atlas').elementHandle())!.contentFrame())!;
	await expect(frame.locator('.cy-container[data-ready="true"]')).toBeVisible();
	return frame;
}

/** Of `ids`, those the frame's Cytoscape draws (not hidden). */
const drawnAmong = (frame: Frame, ids: string[]) =>
	frame.evaluate((list) => {
		const c = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		return list.filter((id) => !c.cy.getElementById(id).hasClass('hidden-background'));
	}, ids);

/** Whether the frame's reader sees all of element `id`: inside the figure, above a sheet over it. */
const inSight = (frame: Frame, id: string) =>
	frame.evaluate((target) => {
		const c = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		const box = c.getBoundingClientRect();
		const b = c.cy.getElementById(target).renderedBoundingBox({});
		const [top, bottom] = [box.top + b.y1, box.top + b.y2];
		const panel = document.querySelector('[data-testid="details-panel"]')!.getBoundingClientRect();
		const sheet = panel.left < box.right && panel.right > box.left && panel.top < box.bottom;
		const seenBottom = sheet ? Math.min(box.bottom, panel.top) : box.bottom;
		return b.x1 >= 0 && box.left + b.x2 <= box.right && top >= box.top && bottom <= seenBottom;
	}, id);

const heights = (page: Page) =>
	page.evaluate(
		() => (window as unknown as { heights: { pathway: string; height: number }[] }).heights
	);

for (const size of SIZES) {
	test.describe(`in a ${size.width} × ${size.height} frame`, () => {
		test('?select= shows the element and its evidence, and the height reaches the page', async ({
			page,
			baseURL
		}) => {
			const edge = pathway.edges.find((e) => e.id === 'bdnf-activates-trkb')!;
			const frame = await coursePage(
				page,
				`${baseURL}/pathways/${ID}/embed?select=${edge.id}`,
				size
			);
			// no site header: the frame is the figure and its details
			await expect(frame.locator('.site-header')).toHaveCount(0);
			const title = frame.getByTestId('details-title');
			await expect(title).toBeInViewport();
			// the arrow itself is in sight, not under the details
			await expect.poll(() => inSight(frame, edge.id)).toBe(true);
			const details = frame.getByTestId('details-panel');
			await expect(details.locator('.evidence')).toHaveCount(edge.evidence.length);
			await expect(details.locator('.evidence').first()).toBeInViewport();
			// the figure keeps a usable share of the frame
			const box = (await frame.locator('.diagram').boundingBox())!;
			expect(box.width).toBeGreaterThan(size.width * 0.5);
			expect(box.height).toBeGreaterThan(120);
			// a link back to the atlas, at the same selection, in a new tab
			const open = frame.getByTestId('open-in-atlas');
			await expect(open).toBeInViewport();
			await expect(open).toHaveAttribute('target', '_blank');
			await expect(open).toHaveAttribute(
				'href',
				new RegExp(`/pathways/${ID}\\?select=${edge.id}$`)
			);

			// the frame's page is the frame's height, and says so
			await expect
				.poll(async () => (await heights(page)).at(-1))
				.toEqual({
					type: 'mechanism-atlas:height',
					pathway: ID,
					height: size.height
				});
			// a taller frame: the page follows, and says so again
			await page.locator('#atlas').evaluate((f) => f.setAttribute('height', '520'));
			await expect.poll(async () => (await heights(page)).at(-1)?.height).toBe(520);
		});

		test('?step= draws what the step reveals and narrates it', async ({ page, baseURL }) => {
			const n = 3;
			const step = lectureSteps(pathway)[n - 1]!;
			const frame = await coursePage(page, `${baseURL}/pathways/${ID}/embed?step=${n}`, size);
			await expect(frame.getByTestId('embed-step')).toContainText(step.narration.en.slice(0, 40));
			const { revealed } = slideStepIds(pathway, n);
			const all = [...pathway.nodes, ...pathway.edges].map((el) => el.id);
			const later = all.filter((id) => !revealed.includes(id));
			expect(step.show.length).toBeGreaterThan(0);
			expect(later.length).toBeGreaterThan(0);
			await expect.poll(() => drawnAmong(frame, step.show)).toEqual(step.show);
			await expect.poll(() => drawnAmong(frame, later)).toEqual([]);
			// a selection keeps the step
			await frame.evaluate((id) => {
				const c = document.querySelector('.cy-container') as HTMLElement & {
					cy: import('cytoscape').Core;
				};
				c.cy.getElementById(id).emit('tap');
			}, step.show[0]!);
			await expect(frame.getByTestId('details-title')).toBeVisible();
			expect(new URL(frame.url()).searchParams.get('step')).toBe(String(n));
			await expect(frame.getByTestId('embed-step')).toBeVisible();
		});

		test('?hypothesis= fades the other hypotheses and says what it proposes', async ({
			page,
			baseURL
		}) => {
			const frame = await coursePage(
				page,
				`${baseURL}/pathways/${ID}/embed?hypothesis=rest-block`,
				size
			);
			await expect(frame.getByTestId('hypothesis-summary')).toContainText('Block at rest');
			const faded = () =>
				frame.evaluate(() => {
					const c = document.querySelector('.cy-container') as HTMLElement & {
						cy: import('cytoscape').Core;
					};
					return ['gaba', 'eef2k', 'bdnf'].filter((id) =>
						c.cy.getElementById(id).hasClass('out-of-hypothesis')
					);
				});
			await expect.poll(faded).toEqual(['gaba']);
		});
	});
}

test('in the frame, an arrow in or out is selected there; a link elsewhere opens a new tab', async ({
	page,
	baseURL
}) => {
	const frame = await coursePage(page, `${baseURL}/pathways/${ID}/embed?select=trkb`, SIZES[0]!);
	const arrow = frame.getByTestId('connections').getByRole('link').first();
	const name = (await arrow.textContent())!.trim();
	await arrow.click();
	await expect(frame.getByTestId('details-title')).toHaveText(name);
	await expect.poll(() => new URL(frame.url()).pathname).toBe(`/pathways/${ID}/embed`);
	expect(new URL(frame.url()).searchParams.get('select')).not.toBe('trkb');
	// the supporting sentence, on its source's page: a new tab, the frame stays the embed
	const [tab] = await Promise.all([
		page.context().waitForEvent('page'),
		frame.locator('.details a.sentence-link').first().click()
	]);
	await tab.waitForLoadState();
	expect(new URL(tab.url()).pathname).toMatch(/^\/sources\//);
	expect(new URL(frame.url()).pathname).toBe(`/pathways/${ID}/embed`);
	expect(page.frames()).toHaveLength(2);
});

test('the Chinese embed speaks Chinese and links the Chinese page', async ({ page, baseURL }) => {
	const frame = await coursePage(page, `${baseURL}/zh/pathways/${ID}/embed?select=bdnf`, SIZES[0]!);
	await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-Hans');
	await expect(frame.getByTestId('open-in-atlas')).toContainText('在图谱中打开');
	await expect(frame.getByTestId('open-in-atlas')).toHaveAttribute(
		'href',
		new RegExp(`/zh/pathways/${ID}\\?select=bdnf$`)
	);
	await expect(frame.getByTestId('details-title')).toBeVisible();
});

test('the embed page names its oEmbed answer, a valid oEmbed 1.0 rich answer', async ({
	page,
	request
}) => {
	await page.goto(`/pathways/${ID}/embed`);
	const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
	const href = (await link.getAttribute('href'))!;
	expect(href).toBe(`/pathways/${ID}/oembed.json`);
	const answer = await (await request.get(href)).json();
	expect(answer).toMatchObject({
		version: '1.0',
		type: 'rich',
		title: pathway.title.en,
		provider_name: 'Mechanism Atlas',
		width: 600,
		height: 400
	});
	expect(answer.html).toContain(`<iframe src="/pathways/${ID}/embed"`);
});

test('the export menu offers the iframe code of the view and the one offline HTML file', async ({
	page,
	baseURL
}) => {
	await page.goto(`/pathways/${ID}?select=bdnf`);
	// the menu loads its form when opened once the page's script runs
	await expect(page.locator('.stage[data-hydrated="true"]')).toBeAttached();
	const menu = page.locator('details.export');
	await menu.locator('summary').click();
	await expect(menu.getByTestId('embed-code')).toHaveValue(
		`<iframe src="${baseURL}/pathways/${ID}/embed?select=bdnf" title="${pathway.title.en}" width="600" height="400" style="border: 0; max-width: 100%" loading="lazy"></iframe>`
	);
	await menu.getByRole('radio', { name: 'One offline HTML file' }).check();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		menu.getByRole('button', { name: 'Download' }).click()
	]);
	expect(file.suggestedFilename()).toBe(`${ID}.html`);
	const { readFileSync } = await import('node:fs');
	const html = readFileSync((await file.path())!, 'utf8');
	expect(html).toMatch(/^<!doctype html>/);
	expect(html).toContain(`<title>${pathway.title.en}</title>`);
});
