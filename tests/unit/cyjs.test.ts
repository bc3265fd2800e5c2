import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { cyjsDocument, cyjsText, TARGET_CYTOSCAPEJS } from '../../src/lib/export/cyjs.ts';
import { edgeWidth } from '../../src/lib/style/visualGrammar.ts';
import { THEMES } from '../../src/lib/style/themes.ts';
import { realAtlas, subjects } from './helpers/figures.ts';

describe('.cyjs export', () => {
	it('is the document Cytoscape desktop opens: format, generator, elements by group', () => {
		const { laid } = subjects(realAtlas())[0]!;
		const doc = JSON.parse(cyjsText(laid, 'light'));
		expect(doc.format_version).toBe('1.0');
		expect(doc.generated_by).toBe('Mechanism Atlas');
		expect(doc.target_cytoscapejs_version).toBe(TARGET_CYTOSCAPEJS);
		expect(doc.data.name).toBe(laid.title);
		expect(Object.keys(doc.elements)).toEqual(['nodes', 'edges']);
		for (const n of doc.elements.nodes) {
			expect(typeof n.data.id).toBe('string');
			expect(typeof n.data.name).toBe('string');
			expect(n.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
		}
		expect(JSON.stringify(doc)).not.toContain('"fn"');
	});

	it('re-imports into Cytoscape.js with the same elements, positions and style', () => {
		for (const { laid } of subjects(realAtlas()))
			for (const theme of THEMES) {
				const doc = JSON.parse(cyjsText(laid, theme));
				const cy = cytoscape({
					headless: true,
					styleEnabled: true,
					elements: doc.elements,
					style: doc.style,
					// Cytoscape.js lays out afresh unless told the positions are given
					layout: { name: 'preset' }
				});
				try {
					for (const n of [...laid.nodes, ...laid.compartments]) {
						const el = cy.getElementById(n.id);
						expect(el.nonempty(), n.id).toBe(true);
						if (laid.nodes.includes(n as (typeof laid.nodes)[number]))
							expect(el.position()).toEqual({ x: n.x, y: n.y });
					}
					expect(cy.nodes().length).toBe(laid.nodes.length + laid.compartments.length);
					expect(cy.edges().map((e) => [e.id(), e.source().id(), e.target().id()])).toEqual(
						laid.edges.map((e) => [e.id, e.source, e.target])
					);
					for (const e of laid.edges)
						expect(cy.getElementById(e.id).numericStyle('width')).toBeCloseTo(
							edgeWidth(e.sentences),
							5
						);
					for (const c of laid.compartments) {
						const box = cy.getElementById(c.id);
						const members = [
							...laid.nodes.filter((n) => n.compartment === c.id),
							...laid.compartments.filter((k) => k.parent === c.id)
						];
						expect(
							box
								.children()
								.map((m) => m.id())
								.sort()
						).toEqual(members.map((m) => m.id).sort());
						expect(box.style('shape')).toBe('round-rectangle');
						expect(box.numericStyle('min-width')).toBeGreaterThan(0);
					}
				} finally {
					cy.destroy();
				}
			}
	});

	it('is the same document every time', () => {
		const { laid } = subjects(realAtlas())[0]!;
		expect(cyjsText(laid, 'dark')).toBe(cyjsText(laid, 'dark'));
		expect(cyjsDocument(laid, 'dark')).toEqual(cyjsDocument(laid, 'dark'));
	});
});
