/**
 * The prerendered page's outline items: as they are on a pathway of curated size, and in
 * `<noscript>` (for readers without a script) on a graph above the large-graph threshold.
 */
import { describe, expect, it } from 'vitest';
import { outlineItems, prerenderedOutline } from '../../src/lib/pages/outline.ts';
import { sharedPathway } from '../../src/lib/server/sharedPathway.ts';
import { LARGE_GRAPH_ELEMENTS } from '../../src/lib/view/largeGraph.ts';

const shared = sharedPathway('ketamine-disinhibition');
const order = shared.view.order;

describe('the prerendered outline', () => {
	it('is the items themselves on a curated pathway', () => {
		const html = prerenderedOutline(shared, order, 'en');
		expect(html).toBe(outlineItems(shared, order, 'en'));
		expect(html).toContain('<a href="#about-bdnf">BDNF</a>');
		expect(html).not.toContain('noscript');
	});

	it('waits in <noscript> above the large-graph threshold, every item in it', () => {
		const many = Array.from(
			{ length: LARGE_GRAPH_ELEMENTS + 1 },
			(_, i) => order[i % order.length]!
		);
		const html = prerenderedOutline(shared, many, 'en');
		expect(html).toBe(`<noscript>${outlineItems(shared, many, 'en')}</noscript>`);
		expect(html.match(/<li>/g)).toHaveLength(LARGE_GRAPH_ELEMENTS + 1);
	});

	it('stays as it is at the threshold itself', () => {
		const at = Array.from({ length: LARGE_GRAPH_ELEMENTS }, (_, i) => order[i % order.length]!);
		expect(prerenderedOutline(shared, at, 'en')).not.toContain('noscript');
	});
});
