import { describe, expect, it } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { withoutElements } from '../../src/lib/layout/withoutElements.ts';
import { backgroundOnly, notShownInHumans } from '../../src/lib/view/filter.ts';
import { realAtlas } from './helpers/figures.ts';

const atlas = realAtlas();
const boxOf = (laidOut: ReturnType<typeof layoutPathway>, id: string) =>
	laidOut.compartments.find((c) => c.id === id)!;

describe('a filtered pathway', () => {
	it('is the pathway itself when nothing is hidden', () => {
		const p = atlas.pathways[0]!;
		expect(withoutElements(p, new Set())).toBe(p);
	});

	for (const [name, filter] of [
		['only what the sources say', backgroundOnly],
		['only what is shown in humans', notShownInHumans]
	] as const)
		for (const p of atlas.pathways)
			it(`${p.id}, ${name}: no hidden element, no dangling arrow, no empty compartment`, () => {
				const hidden = filter(p);
				const left = withoutElements(p, hidden);
				const nodes = new Set(left.nodes.map((n) => n.id));
				expect(left.nodes.some((n) => hidden.has(n.id))).toBe(false);
				expect(left.edges.some((e) => hidden.has(e.id))).toBe(false);
				for (const e of left.edges)
					expect([nodes.has(e.source), nodes.has(e.target)]).toEqual([true, true]);
				const held = new Set(left.compartments.map((c) => c.id));
				for (const c of left.compartments) {
					const inside = (id: string): boolean =>
						left.nodes.some((n) => n.compartment === id) ||
						left.compartments.some((k) => k.parent === id && inside(k.id));
					expect(inside(c.id), c.id).toBe(true);
					if (c.parent) expect(held.has(c.parent)).toBe(true);
				}
				for (const n of left.nodes) if (n.compartment) expect(held.has(n.compartment)).toBe(true);
				for (const s of left.steps) for (const id of s.show) expect(hidden.has(id)).toBe(false);
			});

	it('lays out with no two sibling compartments overlapping and each node inside its own', () => {
		for (const p of atlas.pathways) {
			const laidOut = layoutPathway(withoutElements(p, backgroundOnly(p)), atlas.entities);
			for (const n of laidOut.nodes) {
				if (!n.compartment) continue;
				const c = boxOf(laidOut, n.compartment);
				expect(n.x - n.width / 2, `${p.id} ${n.id}`).toBeGreaterThanOrEqual(c.x - c.width / 2);
				expect(n.x + n.width / 2, `${p.id} ${n.id}`).toBeLessThanOrEqual(c.x + c.width / 2);
			}
			const boxes = laidOut.compartments;
			for (const a of boxes)
				for (const b of boxes) {
					if (a === b || a.parent !== b.parent) continue;
					const apart =
						Math.abs(a.x - b.x) >= (a.width + b.width) / 2 ||
						Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
					expect(apart, `${p.id}: ${a.id} and ${b.id}`).toBe(true);
				}
		}
	});
});
