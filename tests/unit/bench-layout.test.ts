/** The layered layout that large pathways get (src/lib/layout/layered.ts): no overlaps, boxes hold their members. */
import { describe, expect, it } from 'vitest';
import { syntheticAtlas } from '../../bench/synthetic.ts';
import { countConflicts } from '../../src/lib/layout/conflicts.ts';
import { LAYERED_ABOVE, layoutChoice, layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { LaidOutPathway } from '../../src/lib/layout/types.ts';
import { DIRECTIONS } from '../../src/lib/schema/vocabulary.ts';
import { loadAtlas } from '../../src/lib/server/loadAtlas.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';

const inside = (
	inner: { x: number; y: number; width: number; height: number },
	outer: typeof inner
) =>
	inner.x - inner.width / 2 >= outer.x - outer.width / 2 - 0.2 &&
	inner.x + inner.width / 2 <= outer.x + outer.width / 2 + 0.2 &&
	inner.y - inner.height / 2 >= outer.y - outer.height / 2 - 0.2 &&
	inner.y + inner.height / 2 <= outer.y + outer.height / 2 + 0.2;

function expectClean(laidOut: LaidOutPathway) {
	expect(countConflicts(laidOut.nodes, laidOut.compartments)).toBe(0);
	const boxes = new Map(laidOut.compartments.map((c) => [c.id, c]));
	for (const n of laidOut.nodes)
		if (n.compartment) expect(inside(n, boxes.get(n.compartment)!)).toBe(true);
	for (const c of laidOut.compartments)
		if (c.parent) expect(inside(c, boxes.get(c.parent)!)).toBe(true);
}

describe('the layered layout', () => {
	const { atlas } = validateAtlas(syntheticAtlas([300], 5));
	const cascade = atlas.pathways[0]!;

	it.each(DIRECTIONS)(
		'lays out a 300-node cascade %s with no overlaps, members inside their boxes',
		(direction) => {
			const laidOut = layoutPathway(cascade, atlas.entities, { engine: 'layered', direction });
			expect(laidOut.nodes).toHaveLength(300);
			expectClean(laidOut);
			// the ranks run along the direction: the figure is longer that way than a row is wide
			const ranks = new Set(
				laidOut.nodes.map((n) => (direction === 'TB' || direction === 'BT' ? n.y : n.x))
			);
			expect(ranks.size).toBeGreaterThan(10);
		}
	);

	it('places most edges along the direction (feedback loops are the exceptions)', () => {
		const laidOut = layoutPathway(cascade, atlas.entities, { engine: 'layered', direction: 'TB' });
		const at = new Map(laidOut.nodes.map((n) => [n.id, n]));
		const down = laidOut.edges.filter((e) => at.get(e.target)!.y > at.get(e.source)!.y);
		expect(down.length / laidOut.edges.length).toBeGreaterThan(0.9);
	});

	it('is deterministic', () => {
		expect(layoutPathway(cascade, atlas.entities, { engine: 'layered' })).toEqual(
			layoutPathway(cascade, atlas.entities, { engine: 'layered' })
		);
	});

	it('also lays out every curated pathway cleanly', () => {
		const curated = loadAtlas('pathways');
		for (const p of curated.pathways)
			expectClean(layoutPathway(p, curated.entities, { engine: 'layered' }));
	});

	it('is what pathways above the threshold get; curated-size pathways get the nested layout', () => {
		expect(layoutChoice(30)).toEqual({ engine: 'nested', ranker: 'network-simplex' });
		expect(layoutChoice(LAYERED_ABOVE + 1).engine).toBe('layered');
		expect(layoutChoice(5000, { ranker: 'tight-tree' })).toEqual({
			engine: 'dagre',
			ranker: 'tight-tree'
		});
	});
});
