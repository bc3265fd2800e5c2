import { describe, expect, it } from 'vitest';
import {
	INLINE_FIGURE_SLOT,
	inlinePieceSlot,
	withInlineMarkup
} from '../../src/lib/view/inlineFigure.ts';

describe('the inline figures in the page HTML', () => {
	const page = `<div class="static-figure">${INLINE_FIGURE_SLOT}</div>`;

	it('go where the page left its slot, once, keeping the comment count', () => {
		const html = withInlineMarkup(page, { figure: '<svg id="f">$&</svg>' });
		expect(html).toBe(`<div class="static-figure"><svg id="f">$&</svg>${INLINE_FIGURE_SLOT}</div>`);
		expect(html.split('<!--').length).toBe(page.split('<!--').length);
	});

	it("put the handout's pieces each in its own slot", () => {
		const handout = `${INLINE_FIGURE_SLOT}<p>${inlinePieceSlot(0)}</p><p>${inlinePieceSlot(1)}</p>`;
		const html = withInlineMarkup(handout, { figure: '<svg/>', pieces: ['<svg a/>', '<svg b/>'] });
		expect(html).toBe(
			`<svg/>${INLINE_FIGURE_SLOT}<p><svg a/>${inlinePieceSlot(0)}</p><p><svg b/>${inlinePieceSlot(1)}</p>`
		);
	});

	it('leave a page without a figure as it is', () => {
		expect(withInlineMarkup(page, {})).toBe(page);
	});
});
