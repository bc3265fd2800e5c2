import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { realAtlas } from '../unit/helpers/figures.ts';
import { diagramReady, textsUnder } from './helpers.ts';

const atlas = realAtlas();
const pathway = (id: string) => atlas.pathways.find((p) => p.id === id)!;
const CASCADE = pathway('ketamine-disinhibition');
const STEPS = CASCADE.steps.length;
const PRESENT = '/pathways/ketamine-disinhibition/present';

type CyContainer = HTMLElement & { cy: import('cytoscape').Core };

/** Ids Cytoscape draws, and those of the current step, read from the live instance. */
function drawn(page: Page) {
	return page.evaluate(() => {
		const { cy } = document.querySelector('.cy-container') as CyContainer;
		const ids = (sel: string) =>
			cy
				.elements(sel)
				.filter((e) => e.visible())
				.map((e) => e.id());
		return { visible: ids('*'), current: ids('.lecture-current'), ghost: ids('.lecture-ghost') };
	});
}

/** What steps 1..n reveal: their elements, the ends of their edges, and the compartments around. */
function revealedBy(p: typeof CASCADE, n: number): string[] {
	const shown = new Set(p.steps.slice(0, n).flatMap((s) => s.show));
	for (const e of p.edges) if (shown.has(e.id)) shown.add(e.source).add(e.target);
	const parent = new Map(p.compartments.map((c) => [c.id, c.parent]));
	for (const node of p.nodes.filter((x) => shown.has(x.id)))
		for (let c = node.compartment; c; c = parent.get(c)) shown.add(c);
	return [...shown].sort();
}

const counter = (page: Page) => page.getByTestId('step-counter');

async function openAt(page: Page, search = '', id = CASCADE.id) {
	await page.goto(`/pathways/${id}/present${search}`);
	await diagramReady(page);
}

async function expectStep(page: Page, n: number, p = CASCADE) {
	await expect(counter(page)).toHaveText(`Step ${n} of ${p.steps.length}`);
	await expect(page).toHaveURL(new RegExp(`/present\\?step=${n}$`));
	await expect.poll(async () => (await drawn(page)).visible.sort()).toEqual(revealedBy(p, n));
}

test('→ and Space walk every step, revealing more each time, then the whole pathway', async ({
	page
}) => {
	await openAt(page);
	await expectStep(page, 1);
	for (let n = 2; n <= STEPS; n++) {
		await page.keyboard.press(n % 2 ? ' ' : 'ArrowRight');
		await expectStep(page, n);
	}
	await page.keyboard.press('ArrowRight');
	await expectOverview(page);
	await page.keyboard.press('ArrowRight');
	await expectOverview(page);
	await page.keyboard.press('ArrowLeft');
	await expectStep(page, STEPS);
});

test('O shows the whole pathway, every node plain and in view, and O again the step', async ({
	page
}) => {
	await openAt(page, '?step=2');
	await page.keyboard.press('o');
	await expectOverview(page);
	await page.keyboard.press('O');
	await expectStep(page, 2);
});

/** Every node drawn, none marked for a step, all inside the view; no caption. */
async function expectOverview(page: Page, p = CASCADE) {
	await expect(counter(page)).toHaveText('Overview');
	await expect(page.locator('.caption-area')).toHaveCount(0);
	await expect
		.poll(() =>
			page.evaluate(() => {
				const { cy } = document.querySelector('.cy-container') as CyContainer;
				const view = cy.extent();
				const nodes = cy.nodes('[^compartmentKind]');
				const outside = nodes.filter((n) => {
					const b = n.boundingBox({});
					return b.x1 < view.x1 || b.y1 < view.y1 || b.x2 > view.x2 || b.y2 > view.y2;
				});
				return {
					shown: nodes.filter((n) => n.visible()).length,
					marked: cy.elements('.lecture-earlier, .lecture-current, .lecture-hidden').length,
					outside: outside.map((n) => n.id())
				};
			})
		)
		.toEqual({ shown: p.nodes.length, marked: 0, outside: [] });
}

test('a clicker walks forward with PageDown and back with PageUp; ←, Home and End work too', async ({
	page
}) => {
	await openAt(page);
	for (let n = 2; n <= STEPS; n++) {
		await page.keyboard.press('PageDown');
		await expect(counter(page)).toHaveText(`Step ${n} of ${STEPS}`);
	}
	await expectStep(page, STEPS);
	await page.keyboard.press('PageUp');
	await expectStep(page, STEPS - 1);
	await page.keyboard.press('ArrowLeft');
	await expectStep(page, STEPS - 2);
	await page.keyboard.press('Home');
	await expectStep(page, 1);
	await page.keyboard.press('PageUp');
	await expectStep(page, 1);
	await page.keyboard.press('End');
	await expectStep(page, STEPS);
});

test('the current step is highlighted, earlier ones kept, later ones hidden or ghosted (G)', async ({
	page
}) => {
	await openAt(page, '?step=3');
	await expectStep(page, 3);
	const { current, ghost } = await drawn(page);
	expect(current.sort()).toEqual(['gaba', 'nmda-receptor-increases-gaba']);
	expect(ghost).toEqual([]);
	await page.keyboard.press('g');
	await expect
		.poll(async () => (await drawn(page)).visible.length)
		.toBe(CASCADE.nodes.length + CASCADE.edges.length + CASCADE.compartments.length);
	const later = (await drawn(page)).ghost;
	expect(later).toContain('synaptogenesis');
	expect(later).not.toContain('gaba');
	await page.keyboard.press('G');
	await expectStep(page, 3);
});

test('the URL follows the step without adding history, and a reload keeps the step', async ({
	page
}) => {
	await page.goto('/pathways/ketamine-disinhibition');
	await page.getByRole('link', { name: 'Present' }).click();
	// the pathway page's diagram is ready too: wait for the presentation to replace it first
	await expect(page).toHaveURL(/\/present\?step=1$/);
	await expect(counter(page)).toBeVisible();
	await diagramReady(page);
	await expectStep(page, 1);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expectStep(page, 4);
	await page.reload();
	await diagramReady(page);
	await expectStep(page, 4);
	// Back leaves the presentation rather than stepping back through it
	await page.goBack();
	await expect(page).toHaveURL(/\/pathways\/ketamine-disinhibition$/);
});

for (const [given, expected] of [
	['0', 1],
	['-3', 1],
	['999', STEPS],
	['abc', 1]
] as const)
	test(`?step=${given} is clamped to step ${expected} and the URL corrected`, async ({ page }) => {
		await openAt(page, `?step=${given}`);
		await expectStep(page, expected);
	});

test('the caption gives the narration and the supporting sentence, its quote marked, with a short citation', async ({
	page
}) => {
	await openAt(page, '?step=2');
	const caption = page.locator('.caption');
	await expect(caption.locator('.narration')).toHaveText(CASCADE.steps[1]!.narration.en);
	await expect(caption.locator('mark')).toHaveText(
		'the dissociative anaesthetic ketamine, an uncompetitive N-Methyl-D-Aspartate receptor antagonist'
	);
	await expect(caption.locator('.sentence')).toContainText('is arguably the most important');
	await expect(caption).toContainText('Stated by the source');
	await expect(caption.locator('cite')).toHaveText('Jelen LA et al. (2021) J Psychopharmacol, s1');
	await page.keyboard.press('End');
	await expect(caption.locator('.narration')).toHaveText(CASCADE.steps.at(-1)!.narration.en);
	await expect(caption).toContainText('Curator note: Assumes');
	await expect(caption).toContainText('Background: not in the abstracts');
});

test('B blanks the screen and a move brings it back without moving; N hides and shows captions', async ({
	page
}) => {
	await openAt(page, '?step=2');
	await page.keyboard.press('b');
	await expect(page.getByTestId('blank')).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('blank')).toBeHidden();
	await expectStep(page, 2);
	await page.keyboard.press('.');
	await expect(page.getByTestId('blank')).toBeVisible();
	await page.keyboard.press('B');
	await expect(page.getByTestId('blank')).toBeHidden();
	await page.keyboard.press('n');
	await expect(page.locator('.caption')).toBeHidden();
	await page.keyboard.press('PageDown');
	await expectStep(page, 3);
	await expect(page.locator('.caption')).toBeHidden();
	await page.keyboard.press('N');
	await expect(page.locator('.caption .narration')).toHaveText(CASCADE.steps[2]!.narration.en);
});

test('F toggles full screen', async ({ page }) => {
	await openAt(page);
	const full = () => page.evaluate(() => document.fullscreenElement?.tagName ?? null);
	await page.keyboard.press('f');
	await expect.poll(full).toBe('HTML');
	await page.keyboard.press('F');
	await expect.poll(full).toBeNull();
	await expectStep(page, 1);
});

test("Escape goes back to the explorer with the step's main element selected", async ({ page }) => {
	await openAt(page, '?step=2');
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(
		/\/pathways\/ketamine-disinhibition\?select=ketamine-blocks-nmda-receptor$/
	);
	await expect(page.getByTestId('details-title')).toBeVisible();
});

test('Escape closes an open menu before it leaves the presentation', async ({ page }) => {
	await openAt(page);
	await page.getByText('Menu', { exact: true }).click();
	await expect(page.getByRole('button', { name: /Export steps/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: /Export steps/ })).toBeHidden();
	await expect(page).toHaveURL(/\/present/);
});

test('the presenter view keeps in step with the audience window, whichever window moves', async ({
	context
}) => {
	const audience = await context.newPage();
	await audience.goto(`${PRESENT}?step=2`);
	await diagramReady(audience);
	await expectStep(audience, 2);
	const presenter = await context.newPage();
	await presenter.goto(`${PRESENT}/presenter`);
	const now = presenter.getByTestId('presenter-step');
	await expect(now).toHaveText(`Now: Step 2 of ${STEPS}`);
	await expect(presenter.locator('.now .narration')).toHaveText(CASCADE.steps[1]!.narration.en);
	await expect(presenter.locator('.now mark')).toContainText(
		'the dissociative anaesthetic ketamine'
	);
	await expect(presenter.getByTestId('presenter-next')).toContainText(
		CASCADE.steps[2]!.narration.en
	);
	await expect(presenter.getByTestId('clock')).toHaveText(/^\d\d:\d\d$/);
	await expect(presenter.getByTestId('elapsed')).toHaveText(/^\d+:\d\d$/);

	await presenter.keyboard.press('PageDown');
	await expect(now).toHaveText(`Now: Step 3 of ${STEPS}`);
	await expectStep(audience, 3);
	await audience.keyboard.press('ArrowRight');
	await expect(now).toHaveText(`Now: Step 4 of ${STEPS}`);
	await audience.keyboard.press('End');
	await expect(presenter.getByTestId('presenter-next')).toContainText('End of the lecture');
	await presenter.keyboard.press('Home');
	await expectStep(audience, 1);
	await presenter.keyboard.press('b');
	await expect(audience.getByTestId('blank')).toBeVisible();
	await expect(presenter.getByRole('status')).toContainText('audience screen is blank');
	await presenter.getByRole('button', { name: /Next step/ }).click();
	await expect(audience.getByTestId('blank')).toBeHidden();
	await expectStep(audience, 1);
});

test('the presenter view shows the figure of the current step and of the next, then the whole pathway', async ({
	context
}) => {
	const audience = await context.newPage();
	await audience.goto(`${PRESENT}?step=2`);
	await diagramReady(audience);
	const presenter = await context.newPage();
	await presenter.goto(`${PRESENT}/presenter`);
	const nodesIn = (testId: string) =>
		presenter
			.getByTestId(testId)
			.locator('svg g[id^="node-"]')
			.evaluateAll((gs) => gs.map((g) => g.id.replace('node-', '')).sort());
	// the presenter opens at step 1, then joins the audience at step 2 and redraws its picture
	await expect(presenter.getByTestId('presenter-step')).toHaveText(`Now: Step 2 of ${STEPS}`);
	const picture = presenter.getByTestId('presenter-picture-now').locator('svg');
	await expect.poll(async () => (await picture.boundingBox())?.height ?? 0).toBeGreaterThan(200);
	const nodesOf = (n: number) =>
		revealedBy(CASCADE, n).filter((id) => CASCADE.nodes.some((x) => x.id === id));
	await expect.poll(() => nodesIn('presenter-picture-now')).toEqual(nodesOf(2));
	await expect.poll(() => nodesIn('presenter-picture-next')).toEqual(nodesOf(3));
	await presenter.keyboard.press('End');
	// after the last step comes the whole pathway
	await expect
		.poll(() => nodesIn('presenter-picture-next'))
		.toEqual(CASCADE.nodes.map((x) => x.id).sort());
	await presenter.keyboard.press('o');
	await expect(counter(audience)).toHaveText('Overview');
	await expect(presenter.getByTestId('presenter-step')).toHaveText('Now: Overview');
	await expect
		.poll(() => nodesIn('presenter-picture-now'))
		.toEqual(CASCADE.nodes.map((x) => x.id).sort());
});

test.describe('at 1920 x 1080', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	/** Texts in the presentation under 24 px, and the diagram's smallest label as drawn. */
	async function textSizes(page: Page) {
		const smallestLabel = await page.evaluate(() => {
			const { cy } = document.querySelector('.cy-container') as CyContainer;
			const labels = cy
				.nodes()
				.filter((e) => e.visible() && Boolean(e.data('label')))
				.map((e) => parseFloat(e.style('font-size')) * cy.zoom());
			return Math.min(...labels);
		});
		return { ...(await textsUnder(page, '.presentation', 24)), smallestLabel };
	}

	test('no text is smaller than 24 px, in the chrome, the caption, the menu or the diagram', async ({
		page
	}) => {
		await openAt(page);
		for (let n = 1; n <= STEPS; n++) {
			await expect(counter(page)).toHaveText(`Step ${n} of ${STEPS}`);
			await expect
				.poll(async () => (await textSizes(page)).smallestLabel, { message: `step ${n}` })
				.toBeGreaterThanOrEqual(24);
			const sizes = await textSizes(page);
			expect(sizes.count).toBeGreaterThan(3);
			expect(sizes.small, `step ${n}`).toEqual([]);
			await page.keyboard.press('PageDown');
		}
		await page.getByText('Menu', { exact: true }).click();
		expect((await textSizes(page)).small).toEqual([]);
	});

	test('every curated pathway keeps its labels at 24 px or more at its first and last step', async ({
		page
	}) => {
		for (const p of atlas.pathways) {
			await openAt(page, '', p.id);
			for (const key of ['Home', 'End']) {
				await page.keyboard.press(key);
				// the view glides to the step for up to 300 ms
				await expect
					.poll(async () => (await textSizes(page)).smallestLabel, { message: p.id })
					.toBeGreaterThanOrEqual(24);
				expect((await textSizes(page)).small, p.id).toEqual([]);
			}
		}
	});
});

/**
 * In the page: each verb drawn on an arrow, and the nodes its text overlaps (model coordinates):
 * its box as wide as the label without its halo, and one em tall (the line's leading may meet a
 * node's border, as on the slides). (Self-contained: it runs in the page.)
 */
function verbsOverNodes() {
	const { cy } = document.querySelector('.cy-container') as CyContainer;
	const boxOnly = { includeLabels: false, includeOverlays: false, includeUnderlays: false };
	const nodes = cy.nodes(':childless').map((n) => ({ id: n.id(), box: n.boundingBox(boxOnly) }));
	const labelOnly = {
		includeNodes: false,
		includeEdges: false,
		includeLabels: true,
		includeMainLabels: true,
		includeSourceLabels: false,
		includeTargetLabels: false,
		includeOverlays: false,
		includeUnderlays: false
	};
	return cy
		.edges('.verbs')
		.filter((e) => e.visible())
		.map((e) => {
			const label = e.boundingBox(labelOnly);
			const halo = parseFloat(e.style('text-outline-width'));
			const em = parseFloat(e.style('font-size'));
			const middle = (label.y1 + label.y2) / 2;
			// a pixel's touch of a node's border allowed
			const text = {
				x1: label.x1 + halo + 1,
				x2: label.x2 - halo - 1,
				y1: middle - em / 2,
				y2: middle + em / 2
			};
			const over = nodes.filter(
				({ box }) => text.x1 < box.x2 && box.x1 < text.x2 && text.y1 < box.y2 && box.y1 < text.y2
			);
			return { verb: `${e.data('label')} (${e.id()})`, over: over.map((n) => n.id) };
		});
}

for (const lang of ['en', 'zh'] as const)
	test(`the verbs written on the arrows cover no node, as on the slides (${lang})`, async ({
		page
	}) => {
		await page.goto(`${lang === 'zh' ? '/zh' : ''}${PRESENT}?step=${STEPS}`);
		await diagramReady(page);
		await expect.poll(async () => (await page.evaluate(verbsOverNodes)).length).toBeGreaterThan(5);
		const verbs = await page.evaluate(verbsOverNodes);
		expect(verbs.filter((v) => v.over.length)).toEqual([]);
	});

test('transitions are off when the reader prefers reduced motion', async ({ browser }) => {
	for (const reducedMotion of ['reduce', 'no-preference'] as const) {
		const context = await browser.newContext({ reducedMotion });
		const page = await context.newPage();
		await openAt(page);
		const duration = await page.evaluate(() => {
			const { cy } = document.querySelector('.cy-container') as CyContainer;
			return parseFloat(cy.nodes().first().style('transition-duration'));
		});
		if (reducedMotion === 'reduce') expect(duration).toBe(0);
		else expect(duration).toBeGreaterThan(0);
		await context.close();
	}
});

test('every curated pathway can be presented from start to end with a clicker', async ({
	page
}) => {
	// seven pathways, each loading its diagram: more than one page's time on a busy machine
	test.setTimeout(90_000);
	for (const p of atlas.pathways) {
		await openAt(page, '', p.id);
		await expect(counter(page)).toHaveText(`Step 1 of ${p.steps.length}`);
		for (let n = 2; n <= p.steps.length; n++) await page.keyboard.press('PageDown');
		await expect(counter(page)).toHaveText(`Step ${p.steps.length} of ${p.steps.length}`);
		await expect(page).toHaveURL(new RegExp(`\\?step=${p.steps.length}$`));
		await expect
			.poll(async () => (await drawn(page)).visible.sort())
			.toEqual(revealedBy(p, p.steps.length));
	}
});

async function download(page: Page, name: RegExp) {
	await page.getByText('Menu', { exact: true }).click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name }).click()
	]);
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('the menu exports every step as a numbered SVG in one zip', async ({ page }) => {
	await openAt(page);
	const zip = await download(page, /Export steps/);
	expect(zip.name).toBe('ketamine-disinhibition.steps.zip');
	const files = unzipSync(zip.bytes);
	const names = Object.keys(files);
	expect(names).toHaveLength(STEPS);
	expect(names[0]).toBe('ketamine-disinhibition.step-01.svg');
	expect(names.at(-1)).toBe(`ketamine-disinhibition.step-${STEPS}.svg`);
	expect(strFromU8(files[names[1]!]!)).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
});

test('the menu exports a PowerPoint deck: title, overview, one slide per step, references, notes', async ({
	page
}) => {
	await openAt(page);
	const deck = await download(page, /PowerPoint/);
	expect(deck.name).toBe('ketamine-disinhibition.pptx');
	const files = unzipSync(deck.bytes);
	const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
	expect(slides).toHaveLength(STEPS + 3);
	const text = (n: string) => strFromU8(files[n]!).replace(/<[^>]+>/g, ' ');
	expect(text(`ppt/slides/slide${STEPS + 3}.xml`)).toContain('References');
	expect(strFromU8(files['ppt/slides/slide2.xml']!)).toContain('svgBlip');
	expect(text('ppt/notesSlides/notesSlide4.xml')).toContain('Ketamine blocks NMDA receptors');
	// the browser draws the PNG fallback of each SVG itself
	const png = files['ppt/media/image-2-1.png']!;
	expect(strFromU8(png.subarray(1, 4))).toBe('PNG');
});

test('the handout prints the whole figure, the numbered steps with narration, and references', async ({
	page
}) => {
	await page.goto('/pathways/ketamine-disinhibition/handout');
	await expect(page.locator('.handout figure.on-screen svg')).toBeVisible();
	await expect(page.locator('.steps > li')).toHaveCount(STEPS);
	await expect(page.locator('.steps > li').first()).toContainText(CASCADE.steps[0]!.narration.en);
	await expect(page.locator('.references li').first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.locator('.handout figure.print-only svg').first()).toBeVisible();
});

test('the handout reached from the presentation menu draws the same pieces as its built page', async ({
	page
}) => {
	// each piece: its crop, and the texts of the figure body it draws
	const pieces = () =>
		page.locator('.handout figure.print-only svg').evaluateAll((svgs) =>
			svgs.map((s) => {
				const body = s.querySelector('use')?.getAttribute('href') ?? '';
				const texts = document.querySelector(body)?.querySelectorAll('text').length;
				return [s.getAttribute('viewBox'), body, texts].join(' ');
			})
		);
	await page.goto('/pathways/sigma-1-modulation/handout');
	const built = await pieces();
	expect(built.length).toBeGreaterThan(1);
	await openAt(page, '', 'sigma-1-modulation');
	// a mark the page keeps only while the router moves within it
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	await page.getByText('Menu', { exact: true }).click();
	await page.getByRole('link', { name: 'Handout' }).click();
	await expect(page.locator('.handout figure.on-screen svg')).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
	expect(await pieces()).toEqual(built);
});
