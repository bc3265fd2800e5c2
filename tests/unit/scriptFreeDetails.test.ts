import { describe, expect, it } from 'vitest';
import {
	DETAILS_END,
	DETAILS_START,
	withoutDetailsMarkers
} from '../../src/lib/view/scriptFreeDetails.ts';

const inside =
	'<!--[--><p>a<!--[0-->b<!--]--><!--[-1--><!--]--><!--[!-->c<!--]--></p><!---->&lt;!--[--&gt;<!--]-->';
const page = `<!--[0--><aside>${DETAILS_START}${inside}${DETAILS_END}</aside><!--]--><!--[-->`;

describe("the script-free details' hydration markers", () => {
	it('go between the marks, and only there', () => {
		expect(withoutDetailsMarkers(page)).toBe(
			`<!--[0--><aside>${DETAILS_START}<p>abc</p>&lt;!--[--&gt;${DETAILS_END}</aside><!--]--><!--[-->`
		);
	});

	it('leave a page without the marks as it is', () => {
		expect(withoutDetailsMarkers(inside)).toBe(inside);
		expect(withoutDetailsMarkers(`${DETAILS_START}${inside}`)).toBe(`${DETAILS_START}${inside}`);
	});

	it('keep any other comment', () => {
		const other = `${DETAILS_START}<!-- a note --><!--atlas-inline-figure-->${DETAILS_END}`;
		expect(withoutDetailsMarkers(other)).toBe(other);
	});
});
