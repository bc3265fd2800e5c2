/**
 * Edges drawn around what lies between their ends, on generated pathways: no edge passes through
 * a node that is not one of its ends or through a compartment's title, routed edges run level or
 * plumb, and the boxes stay sound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/lib/geometry/types.ts';
import { compartmentLabelBox } from '../../src/lib/layout/compartmentBoxes.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { LaidOutPathway } from '../../src/lib/layout/types.ts';
import type { Pathway } from '../../src/lib/model/atlas.ts';
import { DIRECTIONS, KINDS, RELATIONS } from '../../src/lib/schema/vocabulary.ts';
import { bounds, expectSoundLayout } from './helpers/layoutGeometry.ts';
import { ENTITIES, stated } from './helpers/synapsePathway.ts';

interface Shape {
	direction: (typeof DIRECTIONS)[number];
	/** Each compartment's parent: -1 for none, else an earlier compartment's index. */
	parents: number[];
	/** Each node's kind and compartment (-1 for none). */
	nodes: { kind: number; compartment: number }[];
	edges: { source: number; target: number; relation: number }[];
}

const shapeArb: fc.Arbitrary<Shape> = fc
	.record({
		direction: fc.constantFrom(...DIRECTIONS),
		compartments: fc.integer({ min: 0, max: 3 }),
		nodes: fc.integer({ min: 2, max: 14 })
	})
	.chain(({ direction, compartments, nodes }) =>
		fc.record({
			direction: fc.constant(direction),
			parents: fc.tuple(
				...Array.from({ length: compartments }, (_, i) => fc.integer({ min: -1, max: i - 1 }))
			),
			nodes: fc.array(
				fc.record({
					kind: fc.nat(KINDS.length - 1),
					compartment: fc.integer({ min: -1, max: compartments - 1 })
				}),
				{ minLength: nodes, maxLength: nodes }
			),
			edges: fc.array(
				fc.record({
					source: fc.nat(nodes - 1),
					target: fc.nat(nodes - 1),
					relation: fc.nat(RELATIONS.length - 1)
				}),
				{ maxLength: 2 * nodes }
			)
		})
	);

function pathwayOf(shape: Shape): Pathway {
	const seen = new Set<string>();
	return {
		id: 'generated',
		title: { en: 'Generated' },
		summary: { en: '' },
		direction: shape.direction,
		compartments: shape.parents.map((parent, i) => ({
			id: `c${i}`,
			label: { en: `Compartment number ${i}` },
			kind: 'cell',
			...(parent >= 0 ? { parent: `c${parent}` } : {})
		})),
		nodes: shape.nodes.map((n, i) => ({
			id: `n${i}`,
			entity: KINDS[n.kind]!,
			label: { en: `${KINDS[n.kind]} ${i}` },
			...(n.compartment >= 0 ? { compartment: `c${n.compartment}` } : {}),
			evidence: [stated('s1', 1)]
		})),
		edges: shape.edges.flatMap((e) => {
			const id = `n${e.source}-${e.target}`;
			if (e.source === e.target || seen.has(id)) return [];
			seen.add(id);
			const relation = RELATIONS[e.relation]!;
			const evidence = [stated('s1', 1)];
			return [{ id, source: `n${e.source}`, target: `n${e.target}`, relation, evidence }];
		}),
		steps: []
	};
}

const strictlyInside = (b: ReturnType<typeof bounds>, p: Point) =>
	p.x > b.x1 && p.x < b.x2 && p.y > b.y1 && p.y < b.y2;

/** Points every unit along the polyline, its two ends left out. */
function along(points: Point[]): Point[] {
	const out: Point[] = [];
	points.slice(1).forEach((b, k) => {
		const a = points[k]!;
		const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y)));
		for (let i = 1; i < n; i++)
			out.push({ x: a.x + ((b.x - a.x) * i) / n, y: a.y + ((b.y - a.y) * i) / n });
	});
	return out;
}

/** "edge through box" for every edge that passes through what is not its own. */
function trespasses(laidOut: LaidOutPathway): string[] {
	const shrunk = (b: ReturnType<typeof bounds>) => ({
		x1: b.x1 + 1,
		y1: b.y1 + 1,
		x2: b.x2 - 1,
		y2: b.y2 - 1
	});
	const boxes = [
		...laidOut.nodes.map((n) => ({ id: n.id, box: shrunk(bounds(n)) })),
		...laidOut.compartments.map((c) => ({
			id: `title ${c.id}`,
			box: shrunk(bounds(compartmentLabelBox(c)))
		}))
	];
	const found: string[] = [];
	for (const e of laidOut.edges) {
		const path = along(e.points);
		for (const { id, box } of boxes) {
			if (id === e.source || id === e.target) continue;
			if (path.some((p) => strictlyInside(box, p))) found.push(`${e.id} through ${id}`);
		}
	}
	return found;
}

describe('edge routing on generated pathways', () => {
	it('passes through no node but its ends and no compartment title; routes run level or plumb', () => {
		fc.assert(
			fc.property(shapeArb, (shape) => {
				const laidOut = layoutPathway(pathwayOf(shape), ENTITIES);
				expect(trespasses(laidOut)).toEqual([]);
				for (const e of laidOut.edges.filter((x) => x.routed))
					e.points.slice(1).forEach((p, k) => {
						const q = e.points[k]!;
						expect(Math.min(Math.abs(p.x - q.x), Math.abs(p.y - q.y))).toBeLessThan(0.11);
					});
				expectSoundLayout(laidOut);
			}),
			{ numRuns: 60, seed: 20261206 }
		);
	});

	it('routes an edge around a node that stands on its straight line', () => {
		// a → b → c in one column, and a → c straight down through b
		const laidOut = layoutPathway(
			pathwayOf({
				direction: 'TB',
				parents: [],
				nodes: [0, 1, 2].map(() => ({ kind: 0, compartment: -1 })),
				edges: [
					{ source: 0, target: 1, relation: 0 },
					{ source: 1, target: 2, relation: 0 },
					{ source: 0, target: 2, relation: 0 }
				]
			}),
			ENTITIES
		);
		const skip = laidOut.edges.find((e) => e.id === 'n0-2')!;
		expect(skip.routed).toBe(true);
		expect(skip.points.length).toBeGreaterThan(2);
		expect(trespasses(laidOut)).toEqual([]);
	});
});
