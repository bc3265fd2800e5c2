import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { showNewLayout } from '../../src/lib/view/newLayout.ts';

// fresh objects each time: Cytoscape keeps the data object it is given as the element's own
const nodes = () => [
	{ group: 'nodes' as const, data: { id: 'a' }, position: { x: 0, y: 0 } },
	{ group: 'nodes' as const, data: { id: 'b' }, position: { x: 100, y: 0 } }
];
const routed = () => ({
	group: 'edges' as const,
	data: { id: 'e', source: 'a', target: 'b', segmentWeights: [0.5], segmentDistances: [20] }
});

describe('a new layout in the live diagram', () => {
	it('gives a kept arrow its new route, dropping the corners a straight one no longer has', () => {
		const cy = cytoscape({ headless: true, elements: [...nodes(), routed()] });
		const straight = { group: 'edges' as const, data: { id: 'e', source: 'a', target: 'b' } };
		const options = { duration: 0, padding: 0, labels: {}, selected: undefined };
		showNewLayout(cy, [...nodes(), straight], options);
		expect(cy.getElementById('e').data('segmentWeights')).toBeUndefined();
		showNewLayout(cy, [...nodes(), routed()], options);
		expect(cy.getElementById('e').data('segmentDistances')).toEqual([20]);
		expect(cy.edges()).toHaveLength(1);
	});
});
