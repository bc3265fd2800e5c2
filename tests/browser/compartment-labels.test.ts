import { expect, test, type Page } from '@playwright/test';
import { READABLE_LABEL_PX } from '../../src/lib/view/firstView.ts';
import { diagramReady } from './helpers.ts';

const SCREENS = [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
];
/** Pathways with compartments. */
const PATHWAYS = ['ketamine-disinhibition', 'sigma-1-modulation'];

/** The smallest compartment label Cytoscape draws (font size × zoom), in screen px. */
const smallestLiveCompartmentLabel = (page: Page) =>
	page.evaluate(() => {
		const { cy } = document.querySelector('.cy-container') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		const sizes = cy.nodes(':parent').map((n) => parseFloat(n.style('font-size')) * cy.zoom());
		return sizes.length ? Math.min(...sizes) : 0;
	});

/** The smallest compartment label of the inline figure, as drawn on screen. */
const smallestInlineCompartmentLabel = (page: Page) =>
	page.evaluate(() => {
		const texts = [
			...document.querySelectorAll<SVGTextElement>('.static-figure .figure-compartments text')
		];
		const sizes = texts.map(
			(t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0)
		);
		return sizes.length ? Math.min(...sizes) : 0;
	});

for (const screen of SCREENS)
	for (const prefix of ['', '/zh'])
		for (const id of PATHWAYS)
			test(`${prefix}/pathways/${id} at ${screen.width}×${screen.height}: compartment labels as large as node labels`, async ({
				browser,
				page
			}) => {
				const floor = READABLE_LABEL_PX[prefix ? 'zh' : 'en'];
				const before = await browser.newPage({ viewport: screen });
				await before.route('**/*.js', (route) => route.abort());
				await before.goto(`${prefix}/pathways/${id}`);
				expect(await smallestInlineCompartmentLabel(before)).toBeGreaterThanOrEqual(floor);
				await before.close();

				await page.setViewportSize(screen);
				await page.goto(`${prefix}/pathways/${id}`);
				await diagramReady(page);
				expect(await smallestLiveCompartmentLabel(page)).toBeGreaterThanOrEqual(floor);
			});
