/**
 * The handout as Chromium prints it (print media, a page's content width): no text under 7 pt,
 * the figure's SVG text included at the size each piece draws it; page 1 carries the figure; a
 * heading keeps with what follows it; the figure the pieces draw is rendered, so its arrowheads
 * (markers) print. In English and Chinese, for every curated pathway.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PRINT_PAGE } from '../../src/lib/lecture/handoutFigure.ts';
import { FIGURE_BODY } from '../../src/lib/lecture/printPiece.ts';

const ids = readdirSync('pathways')
	.filter((f) => f.endsWith('.yaml') && !['entities.yaml', 'references.yaml'].includes(f))
	.map((f) => f.replace(/\.yaml$/, ''));

for (const lang of ['', '/zh'])
	test(`every handout${lang ? ' in Chinese' : ''} prints no text under 7 pt, the figure on page 1`, async ({
		page
	}) => {
		test.setTimeout(60_000);
		await page.setViewportSize({ width: Math.floor(PRINT_PAGE.width), height: 1000 });
		await page.emulateMedia({ media: 'print' });
		for (const id of ids) {
			await page.goto(`${lang}/pathways/${id}/handout`);
			const printed = await page.evaluate((bodyId) => {
				const pt = (px: number) => px * 0.75;
				const shown = (el: Element) => el.getClientRects().length > 0;
				const handout = document.querySelector('.handout')!;
				const html = [...handout.querySelectorAll('*')]
					.filter((el) => !(el instanceof SVGElement) && shown(el))
					.filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
					.map((el) => pt(parseFloat(getComputedStyle(el).fontSize)));
				// each piece draws the figure's body (<use>) at its own scale: a text's size in the
				// figure's units, times the piece's px per unit
				const body = document.getElementById(bodyId)! as unknown as SVGGElement;
				const root = body.ownerSVGElement!;
				const inFigure = [...body.querySelectorAll('text')].map(
					(t) =>
						(parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a) /
						root.getScreenCTM()!.a
				);
				const pieces = [...handout.querySelectorAll<SVGSVGElement>('.print-only .piece svg')];
				const svg = pieces
					.filter((p) => p.querySelector(`use[href="#${bodyId}"]`))
					.flatMap((p) => inFigure.map((size) => pt(size * p.getScreenCTM()!.a)));
				const first = handout.querySelector('.print-only .piece')!.getBoundingClientRect();
				const top = handout.getBoundingClientRect().top;
				return {
					smallest: Math.min(...html, ...svg),
					svgTexts: svg.length,
					pieces: pieces.length,
					figureRendered: root.checkVisibility(),
					firstPieceBottom: first.bottom - top,
					headingsKeepWithNext: [...handout.querySelectorAll('h2')].every(
						(h) => getComputedStyle(h).breakAfter === 'avoid'
					)
				};
			}, FIGURE_BODY);
			expect(printed.svgTexts, id).toBeGreaterThan(0);
			expect(printed.svgTexts % printed.pieces, id).toBe(0);
			expect(printed.figureRendered, id).toBe(true);
			expect(printed.smallest, id).toBeGreaterThanOrEqual(7);
			expect(printed.firstPieceBottom, id).toBeLessThanOrEqual(PRINT_PAGE.height);
			expect(printed.headingsKeepWithNext, id).toBe(true);
		}
	});
