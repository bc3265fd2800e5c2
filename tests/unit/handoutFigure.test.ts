/** The handout's figure cut for print: pieces that fit a page, cut between nodes, text at 7 pt or more. */
import { describe, expect, it } from 'vitest';
import {
	cuts,
	FIRST_PAGE_HEAD,
	handoutFigure,
	MAX_PRINT_PAGES,
	MIN_PRINT_PT,
	PRINT_PAGE,
	printPieces,
	smallestFont
} from '../../src/lib/lecture/handoutFigure.ts';
import { FIGURE_BODY, pieceSvg, withBody } from '../../src/lib/lecture/printPiece.ts';
import { realAtlas, subjects } from './helpers/figures.ts';

describe('cuts', () => {
	it('cuts at the last point before the limit that no span crosses', () => {
		expect(cuts(0, 250, () => 100, [[90, 110]])).toEqual([0, 90, 190, 250]);
	});
	it('cuts at the limit when no free point lies in the second half', () => {
		expect(cuts(0, 150, () => 100, [[40, 120]])).toEqual([0, 100, 150]);
	});
});

describe('the handout figure in print, for every curated pathway', () => {
	it('fits each piece to a page, page 1 with room for the title, and sets no text under 7 pt', () => {
		for (const s of subjects(realAtlas())) {
			const svg = handoutFigure(s.laidOut, { ...s.records, pathway: s.pathway });
			const pieces = printPieces(svg, s.laidOut);
			expect(pieces.length, s.pathway.id).toBeGreaterThan(0);
			pieces.forEach((piece, i) => {
				const room = PRINT_PAGE.height - (i === 0 ? FIRST_PAGE_HEAD : 0);
				expect(piece.width, s.pathway.id).toBeLessThanOrEqual(PRINT_PAGE.width + 0.5);
				expect(piece.height, s.pathway.id).toBeLessThanOrEqual(room + 0.5);
				const [, , w] = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+)/
					.exec(piece.root)!
					.slice(1)
					.map(Number);
				const scale = piece.width / w!;
				// each piece draws the whole figure's body: its smallest text is the figure's
				expect(smallestFont(svg) * scale * 0.75, s.pathway.id).toBeGreaterThanOrEqual(
					MIN_PRINT_PT - 0.01
				);
			});
		}
	});
});

describe('a figure too large for a handout', () => {
	it('is printed whole at the page width, not cut into a copy of itself per page', () => {
		// a figure 200 pages across at 7 pt (a pathway of thousands of nodes)
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" width="150000" height="4000" viewBox="0 0 150000 4000">' +
			'<g font-size="14"><text x="10" y="20">a</text></g></svg>';
		const laidOut = { nodes: [] } as unknown as Parameters<typeof printPieces>[1];
		const pieces = printPieces(svg, laidOut);
		expect(pieces).toHaveLength(1);
		expect(pieces[0]!.width).toBeLessThanOrEqual(PRINT_PAGE.width + 0.5);
		expect(pieces[0]!.height).toBeLessThanOrEqual(PRINT_PAGE.height - FIRST_PAGE_HEAD + 0.5);
		expect(MAX_PRINT_PAGES).toBeGreaterThan(1);
	});
});

describe('the printed pieces', () => {
	it('carry the figure once: each is its crop and a <use> of the one figure body', () => {
		for (const s of subjects(realAtlas())) {
			const drawn = handoutFigure(s.laidOut, { ...s.records, pathway: s.pathway });
			const figure = withBody(drawn);
			const texts = (svg: string) => [...svg.matchAll(/<text\b/g)].length;
			expect(texts(figure), s.pathway.id).toBe(texts(drawn));
			expect(figure, s.pathway.id).toMatch(
				new RegExp(`^<svg[^>]*><g id="${FIGURE_BODY}">[\\s\\S]*</g></svg>\\s*$`)
			);
			for (const piece of printPieces(figure, s.laidOut)) {
				const svg = pieceSvg(piece.root);
				expect(svg).toBe(`${piece.root}<use href="#${FIGURE_BODY}"/></svg>`);
				expect(texts(svg)).toBe(0);
			}
		}
	});
});
