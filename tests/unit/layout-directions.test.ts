/** The layered layout in each direction: containment, edge direction, outlines, rounding, sizes, evidence. */
import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/lib/geometry/types.ts';
import { TYPE } from '../../src/lib/layout/font.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { measureText } from '../../src/lib/layout/measureText.ts';
import { NODE, SPACING } from '../../src/lib/layout/spacing.ts';
import { TURNED } from '../../src/lib/layout/landscape.ts';
import { DIRECTIONS, KINDS, type Direction } from '../../src/lib/schema/vocabulary.ts';
import { bounds, expectOnOutline, expectSoundLayout, numbers } from './helpers/layoutGeometry.ts';
import { ENTITIES, synapsePathway } from './helpers/synapsePathway.ts';

/** A straight edge lies on the line between its nodes' centres. */
function expectAimedAtCentres([start, end]: [Point, Point], s: Point, t: Point) {
	const cross = (t.x - s.x) * (end.y - start.y) - (t.y - s.y) * (end.x - start.x);
	const scale = Math.hypot(t.x - s.x, t.y - s.y) * Math.hypot(end.x - start.x, end.y - start.y);
	expect(Math.abs(cross) / scale).toBeLessThan(0.01);
}

/** A routed edge runs level or plumb: it leaves and meets its nodes square to a side. */
function expectSquareEnds(points: Point[]) {
	points.slice(1).forEach((p, k) => {
		const q = points[k]!;
		expect(Math.min(Math.abs(p.x - q.x), Math.abs(p.y - q.y))).toBeLessThan(0.11);
	});
}

describe('layoutPathway', () => {
	for (const direction of DIRECTIONS) {
		describe(`direction ${direction}`, () => {
			const laidOut = layoutPathway(synapsePathway(direction), ENTITIES, { direction });
			const node = (id: string) => laidOut.nodes.find((n) => n.id === id)!;

			it('keeps nodes inside their compartments, and boxes clear of each other', () => {
				expect(laidOut.direction).toBe(direction);
				expect(laidOut.nodes).toHaveLength(KINDS.length);
				expectSoundLayout(laidOut);
			});

			it('runs every edge along the direction, or along its turn inside a compartment', () => {
				const along = (s: Point, t: Point, d: Direction) =>
					({ TB: t.y - s.y, BT: s.y - t.y, LR: t.x - s.x, RL: s.x - t.x })[d];
				for (const e of laidOut.edges) {
					const [s, t] = [node(e.source), node(e.target)];
					const forward = Math.max(along(s, t, direction), along(s, t, TURNED[direction]));
					expect(forward, e.id).toBeGreaterThan(0);
				}
			});

			it('starts and ends each edge on the outlines of its nodes', () => {
				for (const e of laidOut.edges) {
					const [s, t] = [node(e.source), node(e.target)];
					expectOnOutline(e.points[0]!, s);
					expectOnOutline(e.points[e.points.length - 1]!, t);
					if (e.routed) expectSquareEnds(e.points);
					else expectAimedAtCentres(e.points as [Point, Point], s, t);
				}
			});
		});
	}

	it('places the figure at the origin with a margin, every coordinate rounded to 0.1', () => {
		const laidOut = layoutPathway(synapsePathway(), ENTITIES);
		const boxes = [...laidOut.nodes, ...laidOut.compartments].map(bounds);
		expect(Math.min(...boxes.map((b) => b.x1))).toBeCloseTo(SPACING.margin, 0);
		expect(Math.min(...boxes.map((b) => b.y1))).toBeCloseTo(SPACING.margin, 0);
		expect(Math.max(...boxes.map((b) => b.x2))).toBeCloseTo(laidOut.width - SPACING.margin, 0);
		for (const n of numbers(laidOut))
			expect(Math.abs(n * 10 - Math.round(n * 10))).toBeLessThan(1e-6);
	});

	it('gives the same output for the same input, as plain JSON', () => {
		const a = layoutPathway(synapsePathway('LR'), ENTITIES);
		const b = layoutPathway(synapsePathway('LR'), ENTITIES);
		expect(JSON.stringify(b)).toBe(JSON.stringify(a));
		expect(JSON.parse(JSON.stringify(a))).toEqual(a);
	});

	it('sizes each node from its measured, wrapped label', () => {
		const laidOut = layoutPathway(synapsePathway(), ENTITIES);
		for (const n of laidOut.nodes) {
			expect(n.lines.join(' ')).toBe(n.label);
			const text = measureText(n.lines.join('\n'), TYPE.nodeSize);
			expect(n.width).toBeGreaterThanOrEqual(text.width + 2 * NODE.padX - 0.1);
			expect(n.height).toBeGreaterThanOrEqual(text.height + 2 * NODE.padY - 0.1);
			expect(n.kind).toBe(ENTITIES.get(n.entity)!.kind);
		}
	});

	it('sums up the evidence of each edge: strongest support, distinct sentences', () => {
		const laidOut = layoutPathway(synapsePathway(), ENTITIES);
		const byId = new Map(laidOut.edges.map((e) => [e.id, e]));
		expect(byId.get('drug-blocks-receptor')).toMatchObject({ support: 'stated', sentences: 2 });
		expect(byId.get('drug-class-is-a-drug')).toMatchObject({ support: 'background', sentences: 1 });
		expect(byId.get('receptor-modulates-ion-channel')).toMatchObject({ support: 'listed' });
		expect(byId.get('kinase-increases-growth-factor')).toMatchObject({
			support: 'stated',
			sentences: 1
		});
		expect(byId.get('process-decreases-disorder')?.sentences).toBe(3);
	});

	it('takes the direction from the options over the pathway, and a tight-tree ranker', () => {
		const laidOut = layoutPathway(synapsePathway('TB'), ENTITIES, {
			direction: 'RL',
			ranker: 'tight-tree'
		});
		expect(laidOut.direction).toBe('RL');
		const [drug, receptor] = ['drug', 'receptor'].map((id) =>
			laidOut.nodes.find((n) => n.id === id)!
		);
		expect(drug!.x).toBeGreaterThan(receptor!.x);
		expectSoundLayout(laidOut);
	});
});
