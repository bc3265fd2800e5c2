import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { markerSet } from '../../src/lib/render/svg/markers.ts';
import { RELATIONS } from '../../src/lib/schema/vocabulary.ts';
import { ARROW_SHAPES, arrowParts, type ArrowShape } from '../../src/lib/style/arrows.ts';
import { relationArrow } from '../../src/lib/style/visualGrammar.ts';

const SHAPES = Object.keys(ARROW_SHAPES) as ArrowShape[];

describe('the arrowhead registry', () => {
	it('names shapes Cytoscape.js draws', () => {
		const cy = cytoscape({
			headless: true,
			styleEnabled: true,
			elements: [
				{ data: { id: 'a' } },
				{ data: { id: 'b' } },
				{ data: { id: 'e', source: 'a', target: 'b' } }
			]
		});
		for (const shape of SHAPES) {
			const name = ARROW_SHAPES[shape].cytoscape;
			cy.style()
				.fromJson([{ selector: 'edge', style: { 'target-arrow-shape': name } }])
				.update();
			// Cytoscape.js falls back to its default, none, for a name it does not know
			expect(String(cy.$('#e').style('target-arrow-shape')), shape).toBe(name);
		}
	});

	it('gives every drawn shape an outline and an SVG marker; none draws nothing', () => {
		for (const shape of SHAPES) {
			const parts = arrowParts(shape, 2);
			const uses = [{ arrow: { shape, fill: 'filled' as const }, width: 2 }];
			const markers = markerSet('t', uses, { colour: '#000' });
			if (shape === 'none') {
				expect(parts).toEqual([]);
				expect(markers.defs).toBe('');
			} else {
				for (const part of parts)
					if ('polygon' in part) expect(part.polygon.length, shape).toBeGreaterThanOrEqual(3);
					else expect(part.circle.r, shape).toBeGreaterThan(0);
				expect(markers.defs, shape).toMatch(/^<marker id="arrow-t-/);
			}
		}
	});

	it('is what every relation of the grammar draws', () => {
		for (const r of RELATIONS) expect(SHAPES).toContain(relationArrow(r).shape);
	});
});
