import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { detailsTitle, diagramReady, settled } from './helpers.ts';

const CASCADE = '/pathways/ketamine-disinhibition';
const SCREENS = [
	{ width: 390, height: 844 },
	{ width: 1440, height: 900 }
];
const diagram = (page: Page) => page.locator('#diagram');
const focusedId = (page: Page) => diagram(page).getAttribute('data-focused');

/** Tabs from page load until the diagram has the focus, following the skip link on the way. */
async function tabsToDiagram(page: Page): Promise<number> {
	for (let tabs = 1; tabs <= 10; tabs++) {
		await page.keyboard.press('Tab');
		const at = await page.evaluate(() => document.activeElement?.className ?? '');
		if (at.includes('skip-link')) await page.keyboard.press('Enter');
		if (await diagram(page).evaluate((d) => d === document.activeElement)) return tabs;
	}
	return Infinity;
}

for (const screen of SCREENS)
	for (const lang of ['', '/zh'])
		test(`${screen.width}px${lang}: the diagram is one skip away, arrows move in it, Tab leaves it`, async ({
			page
		}) => {
			await page.setViewportSize(screen);
			await page.goto(`${lang}${CASCADE}`);
			await diagramReady(page);
			expect(await tabsToDiagram(page)).toBeLessThanOrEqual(3);
			await expect.poll(() => focusedId(page)).toBe('ketamine');
			await page.keyboard.press('ArrowRight');
			const second = await focusedId(page);
			expect(second).not.toBe('ketamine');
			await page.keyboard.press('ArrowLeft');
			await expect.poll(() => focusedId(page)).toBe('ketamine');
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`select=${second}$`));
			await expect(detailsTitle(page)).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(page).not.toHaveURL(/select=/);

			await diagram(page).focus();
			await page.keyboard.press('Tab');
			await expect(diagram(page)).not.toBeFocused();
			await page.keyboard.press('Shift+Tab');
			await expect(diagram(page)).toBeFocused();
		});

/** WCAG contrast ratio of two sRGB colours. */
function contrast(a: number[], b: number[]): number {
	const lum = (c: number[]) => {
		const [r, g, b] = c.map((v) => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

test('the element under the keyboard has a ring of its own, in contrast with what it covers', async ({
	page
}) => {
	await page.goto(CASCADE);
	await diagramReady(page);
	await tabsToDiagram(page);
	await expect.poll(() => focusedId(page)).toBe('ketamine');
	await settled(page);
	const clip = await page.evaluate(() => {
		const c = document.querySelector('#diagram') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		const b = c.cy.getElementById('ketamine').renderedBoundingBox({ includeLabels: false });
		const at = c.getBoundingClientRect();
		return { x: at.left + b.x1 - 10, y: at.top + b.y1 - 10, width: b.w + 20, height: b.h + 20 };
	});
	const ringed = PNG.sync.read(await page.screenshot({ clip }));
	await page.evaluate(() => {
		const c = document.querySelector('#diagram') as HTMLElement & {
			cy: import('cytoscape').Core;
		};
		c.cy.$('.focused').removeClass('focused');
	});
	// drawn without it: two frames later, Cytoscape has painted the change
	await page.evaluate(
		() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)))
	);
	const plain = PNG.sync.read(await page.screenshot({ clip }));
	let strong = 0;
	for (let i = 0; i < ringed.data.length; i += 4) {
		const px = (png: PNG) => [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
		if (contrast(px(ringed), px(plain)) >= 3) strong++;
	}
	// a ring around the node, not a stray pixel: at least its perimeter's length
	expect(strong).toBeGreaterThan(2 * (clip.width + clip.height) - 80);
});

test('axe finds no serious or critical violation with the diagram focused and a sheet open', async ({
	page
}) => {
	await page.setViewportSize(SCREENS[0]!);
	await page.goto(`${CASCADE}?select=ketamine`);
	await diagramReady(page);
	await diagram(page).focus();
	await page.evaluate(
		readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
	);
	const violations = await page.evaluate(async () => {
		const { axe } = window as unknown as {
			axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string }[] }> };
		};
		const result = await axe.run(document);
		return result.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => v.id);
	});
	expect(violations).toEqual([]);
});
