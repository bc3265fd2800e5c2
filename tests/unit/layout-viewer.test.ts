/** The on-screen viewer (Cytoscape) draws the positions and compartment sizes the layout computed. */
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { toCytoscapeElements } from '../../src/lib/style/cytoscapeElements.ts';
import { cytoscapeStyle } from '../../src/lib/style/cytoscapeStyle.ts';
import { bounds } from './helpers/layoutGeometry.ts';
import { ENTITIES, synapsePathway } from './helpers/synapsePathway.ts';

describe('the viewer draws what the layout computed', () => {
	const laidOut = layoutPathway(synapsePathway('LR'), ENTITIES);

	it('runs no layout: preset positions stay where the layout put them', () => {
		const cy = cytoscape({
			headless: true,
			styleEnabled: true,
			elements: toCytoscapeElements(laidOut),
			style: cytoscapeStyle('light'),
			layout: { name: 'preset' }
		});
		try {
			for (const n of laidOut.nodes)
				expect(cy.getElementById(n.id).position()).toEqual({ x: n.x, y: n.y });
		} finally {
			cy.destroy();
		}
	});

	it('sizes compartments as the layout did, within a few pixels, in every theme', () => {
		for (const theme of ['light', 'dark', 'print'] as const) {
			const cy = cytoscape({
				headless: true,
				styleEnabled: true,
				elements: toCytoscapeElements(laidOut),
				style: cytoscapeStyle(theme),
				layout: { name: 'preset' }
			});
			try {
				for (const c of laidOut.compartments) {
					const el = cy.getElementById(c.id);
					// the body's edge runs through the middle of its border
					const border = el.numericStyle('border-width');
					const drawn = bounds({
						...el.position(),
						width: el.outerWidth() - border,
						height: el.outerHeight() - border
					});
					const mine = bounds(c);
					for (const side of ['x1', 'x2', 'y1', 'y2'] as const)
						expect(Math.abs(mine[side] - drawn[side]), `${theme} ${c.id} ${side}`).toBeLessThan(4);
				}
			} finally {
				cy.destroy();
			}
		}
	});
});
