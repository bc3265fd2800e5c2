import { describe, expect, it } from 'vitest';
import { INLINE_FIGURE_SLOT, withInlineMarkup } from '../../src/lib/view/inlineFigure.ts';

describe('the inline figures in the page HTML', () => {
	const page = `<div class="static-figure">${INLINE_FIGURE_SLOT}</div>`;

	it('go where the page left its slot, once, keeping the comment count', () => {
		const html = withInlineMarkup(page, [[INLINE_FIGURE_SLOT, '<svg id="f">$&</svg>']]);
		expect(html).toBe(`<div class="static-figure"><svg id="f">$&</svg>${INLINE_FIGURE_SLOT}</div>`);
		expect(html.split('<!--').length).toBe(page.split('<!--').length);
	});

	it('fill each slot with its own markup', () => {
		const two = `${page}<ol><!--b--></ol>`;
		const html = withInlineMarkup(two, [
			[INLINE_FIGURE_SLOT, '<svg/>'],
			['<!--b-->', '<li>b</li>']
		]);
		expect(html).toBe(
			`<div class="static-figure"><svg/>${INLINE_FIGURE_SLOT}</div><ol><li>b</li><!--b--></ol>`
		);
	});

	it('leave a page without a figure as it is', () => {
		expect(withInlineMarkup(page, [[INLINE_FIGURE_SLOT, undefined]])).toBe(page);
	});
});
