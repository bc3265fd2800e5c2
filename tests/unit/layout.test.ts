import { spawnSync } from 'node:child_process';
import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TYPE } from '../../src/lib/layout/font.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { measureText } from '../../src/lib/layout/measureText.ts';
import { NODE, SPACING } from '../../src/lib/layout/spacing.ts';
import type { LaidOutPathway } from '../../src/lib/layout/types.ts';
import type { Point } from '../../src/lib/geometry/types.ts';
import type { Entity, Evidence, Pathway, QuotedEvidence } from '../../src/lib/model/atlas.ts';
import {
	DIRECTIONS,
	KINDS,
	type Direction,
	type Kind,
	type Relation
} from '../../src/lib/schema/vocabulary.ts';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { toCytoscapeElements } from '../../src/lib/style/cytoscapeElements.ts';
import { cytoscapeStyle } from '../../src/lib/style/cytoscapeStyle.ts';
import { outlineExit } from '../../src/lib/geometry/shapes.ts';
import { kindShape } from '../../src/lib/grammar/kinds.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';

// ---- a synthetic pathway: every kind once, a synapse inside a neuron, a second cell ----

const stated = (source: string, ...sentences: number[]): QuotedEvidence => ({
	support: 'stated',
	source,
	quote: 'q',
	sentences,
	start: 0,
	end: 1
});
const listed = (source: string, ...sentences: number[]): QuotedEvidence => ({
	...stated(source, ...sentences),
	support: 'listed'
});
const background = (reference: string): Evidence => ({
	support: 'background',
	reference,
	note: 'assumed'
});

const ENTITIES: Record<string, Entity> = Object.fromEntries(
	KINDS.map((kind, i) => [
		kind,
		{
			id: kind,
			label: `${kind.replace('-', ' ')} number ${i}`,
			kind,
			synonyms: [],
			description: '',
			xrefs: {}
		}
	])
);

const IN_COMPARTMENT: Partial<Record<Kind, string>> = {
	receptor: 'synapse',
	'ion-channel': 'synapse',
	neurotransmitter: 'synapse',
	kinase: 'neuron',
	protein: 'neuron',
	'growth-factor': 'neuron',
	'cell-type': 'glia',
	hormone: 'glia'
};

const edge = (source: Kind, relation: Relation, target: Kind, evidence: Evidence[]) => ({
	id: `${source}-${relation}-${target}`,
	source,
	target,
	relation,
	evidence
});

/** Acyclic, so every edge must point along the pathway's direction. */
function synapsePathway(direction: Direction = 'TB'): Pathway {
	return {
		id: 'synthetic',
		title: 'Synthetic pathway',
		summary: '',
		direction,
		compartments: [
			{ id: 'neuron', label: 'Pyramidal neuron', kind: 'cell' },
			{ id: 'synapse', label: 'Glutamatergic synapse', kind: 'synapse', parent: 'neuron' },
			{ id: 'glia', label: 'Astrocyte', kind: 'cell' }
		],
		nodes: KINDS.map((k) => ({
			id: k,
			entity: k,
			label: ENTITIES[k]!.label,
			...(IN_COMPARTMENT[k] ? { compartment: IN_COMPARTMENT[k] } : {}),
			evidence: [stated('s1', 1)]
		})),
		edges: [
			edge('drug', 'blocks', 'receptor', [stated('s1', 1), stated('s2', 3), listed('s1', 1)]),
			edge('drug-class', 'is-a', 'drug', [background('r1')]),
			edge('receptor', 'modulates', 'ion-channel', [listed('s1', 2)]),
			edge('ion-channel', 'activates', 'kinase', [stated('s1', 2, 3)]),
			edge('neurotransmitter', 'binds', 'receptor', [stated('s3', 1)]),
			edge('kinase', 'increases', 'growth-factor', [stated('s1', 4), background('r1')]),
			edge('growth-factor', 'activates', 'protein', [listed('s2', 1)]),
			edge('protein', 'leads-to', 'process', [stated('s1', 5)]),
			edge('process', 'decreases', 'disorder', [stated('s1', 6), stated('s1', 7), stated('s2', 6)]),
			edge('disorder', 'leads-to', 'clinical-outcome', [background('r2')]),
			edge('cell-type', 'releases', 'hormone', [stated('s3', 2)]),
			edge('hormone', 'inhibits', 'process', [listed('s3', 2)]),
			edge('brain-region', 'contains', 'cell-type', [background('r1')])
		],
		steps: []
	};
}

// ---- geometry checks, written independently of the layout code ----

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}
const bounds = (r: Rect) => ({
	x1: r.x - r.width / 2,
	x2: r.x + r.width / 2,
	y1: r.y - r.height / 2,
	y2: r.y + r.height / 2
});
const overlaps = (a: Rect, b: Rect) => {
	const [p, q] = [bounds(a), bounds(b)];
	return p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
};
const contains = (outer: Rect, inner: Rect) => {
	const [o, i] = [bounds(outer), bounds(inner)];
	return o.x1 <= i.x1 && i.x2 <= o.x2 && o.y1 <= i.y1 && i.y2 <= o.y2;
};

function compartmentChain(laid: LaidOutPathway, id: string | undefined): string[] {
	const chain: string[] = [];
	for (let at = id; at; at = laid.compartments.find((c) => c.id === at)?.parent) chain.push(at);
	return chain;
}

/** Every structural property a laid-out pathway must have. */
function expectSoundLayout(laid: LaidOutPathway): void {
	const compartment = (id: string) => laid.compartments.find((c) => c.id === id)!;
	for (const n of laid.nodes) {
		for (const c of compartmentChain(laid, n.compartment))
			expect(contains(compartment(c), n), `${n.id} inside ${c}`).toBe(true);
	}
	for (const c of laid.compartments) {
		if (c.parent) expect(contains(compartment(c.parent), c), `${c.id} in parent`).toBe(true);
		for (const n of laid.nodes) {
			if (!compartmentChain(laid, n.compartment).includes(c.id))
				expect(overlaps(c, n), `${n.id} clear of ${c.id}`).toBe(false);
		}
		for (const d of laid.compartments) {
			const nested =
				compartmentChain(laid, c.id).includes(d.id) || compartmentChain(laid, d.id).includes(c.id);
			if (c.id < d.id && !nested) expect(overlaps(c, d), `${c.id} clear of ${d.id}`).toBe(false);
		}
	}
	laid.nodes.forEach((a, i) =>
		laid.nodes
			.slice(i + 1)
			.forEach((b) => expect(overlaps(a, b), `${a.id} clear of ${b.id}`).toBe(false))
	);
	for (const r of [...laid.nodes, ...laid.compartments]) {
		const b = bounds(r);
		expect(Math.min(b.x1, b.y1)).toBeGreaterThanOrEqual(0);
		expect(b.x2).toBeLessThanOrEqual(laid.width);
		expect(b.y2).toBeLessThanOrEqual(laid.height);
	}
}

/** A point lies on a node's outline when leaving the node towards it ends at the point. */
function expectOnOutline(point: Point, node: LaidOutPathway['nodes'][number]): void {
	const rel = { x: point.x - node.x, y: point.y - node.y };
	const exit = outlineExit(kindShape(node.kind), node.width, node.height, rel);
	expect(Math.hypot(exit.x - rel.x, exit.y - rel.y), `${node.id} outline`).toBeLessThan(0.2);
}

const numbers = (value: unknown): number[] =>
	typeof value === 'number'
		? [value]
		: value && typeof value === 'object'
			? Object.values(value).flatMap(numbers)
			: [];

// ---- the tests ----

describe('layoutPathway', () => {
	for (const direction of DIRECTIONS) {
		describe(`direction ${direction}`, () => {
			const laid = layoutPathway(synapsePathway(direction), ENTITIES, { direction });
			const node = (id: string) => laid.nodes.find((n) => n.id === id)!;

			it('keeps nodes inside their compartments, and boxes clear of each other', () => {
				expect(laid.direction).toBe(direction);
				expect(laid.nodes).toHaveLength(KINDS.length);
				expectSoundLayout(laid);
			});

			it('runs every edge along the direction', () => {
				for (const e of laid.edges) {
					const [s, t] = [node(e.source), node(e.target)];
					const along = { TB: t.y - s.y, BT: s.y - t.y, LR: t.x - s.x, RL: s.x - t.x }[direction];
					expect(along, e.id).toBeGreaterThan(0);
				}
			});

			it('starts and ends each edge on the outlines of its nodes, pointing at each other', () => {
				for (const e of laid.edges) {
					const [s, t] = [node(e.source), node(e.target)];
					const [start, end] = e.points as [Point, Point];
					expect(e.points).toHaveLength(2);
					expectOnOutline(start, s);
					expectOnOutline(end, t);
					const cross = (t.x - s.x) * (end.y - start.y) - (t.y - s.y) * (end.x - start.x);
					const scale =
						Math.hypot(t.x - s.x, t.y - s.y) * Math.hypot(end.x - start.x, end.y - start.y);
					expect(Math.abs(cross) / scale).toBeLessThan(0.01);
				}
			});
		});
	}

	it('places the figure at the origin with a margin, every coordinate rounded to 0.1', () => {
		const laid = layoutPathway(synapsePathway(), ENTITIES);
		const boxes = [...laid.nodes, ...laid.compartments].map(bounds);
		expect(Math.min(...boxes.map((b) => b.x1))).toBeCloseTo(SPACING.margin, 0);
		expect(Math.min(...boxes.map((b) => b.y1))).toBeCloseTo(SPACING.margin, 0);
		expect(Math.max(...boxes.map((b) => b.x2))).toBeCloseTo(laid.width - SPACING.margin, 0);
		for (const n of numbers(laid)) expect(Math.abs(n * 10 - Math.round(n * 10))).toBeLessThan(1e-6);
	});

	it('gives the same output for the same input, as plain JSON', () => {
		const a = layoutPathway(synapsePathway('LR'), ENTITIES);
		const b = layoutPathway(synapsePathway('LR'), ENTITIES);
		expect(JSON.stringify(b)).toBe(JSON.stringify(a));
		expect(JSON.parse(JSON.stringify(a))).toEqual(a);
	});

	it('sizes each node from its measured, wrapped label', () => {
		const laid = layoutPathway(synapsePathway(), ENTITIES);
		for (const n of laid.nodes) {
			expect(n.lines.join(' ')).toBe(n.label);
			const text = measureText(n.lines.join('\n'), TYPE.nodeSize);
			expect(n.width).toBeGreaterThanOrEqual(text.width + 2 * NODE.padX - 0.1);
			expect(n.height).toBeGreaterThanOrEqual(text.height + 2 * NODE.padY - 0.1);
			expect(n.kind).toBe(ENTITIES[n.entity]!.kind);
		}
	});

	it('sums up the evidence of each edge: strongest support, distinct sentences', () => {
		const laid = layoutPathway(synapsePathway(), ENTITIES);
		const byId = new Map(laid.edges.map((e) => [e.id, e]));
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
		const laid = layoutPathway(synapsePathway('TB'), ENTITIES, {
			direction: 'RL',
			ranker: 'tight-tree'
		});
		expect(laid.direction).toBe('RL');
		const [drug, receptor] = ['drug', 'receptor'].map((id) => laid.nodes.find((n) => n.id === id)!);
		expect(drug!.x).toBeGreaterThan(receptor!.x);
		expectSoundLayout(laid);
	});

	it('makes room for a compartment label wider than its contents', () => {
		const label = 'A compartment with a label far wider than the node inside it';
		const p: Pathway = {
			...synapsePathway('TB'),
			compartments: [
				{ id: 'left', label, kind: 'cell' },
				{ id: 'right', label, kind: 'cell' }
			],
			nodes: [
				{ id: 'drug', entity: 'drug', label: 'K', evidence: [] },
				{ id: 'a', entity: 'receptor', label: 'A', compartment: 'left', evidence: [] },
				{ id: 'b', entity: 'receptor', label: 'B', compartment: 'right', evidence: [] }
			],
			edges: ['a', 'b'].map((target) => ({
				id: `drug-${target}`,
				source: 'drug',
				target,
				relation: 'blocks' as const,
				evidence: []
			}))
		};
		const laid = layoutPathway(p, ENTITIES);
		const labelWidth = measureText(label, TYPE.compartmentSize).width;
		for (const c of laid.compartments) expect(c.width).toBeGreaterThan(labelWidth);
		expectSoundLayout(laid);
	});

	it('stays sound on random small pathways with nested compartments and cycles', () => {
		const pathway = fc
			.record({
				size: fc.integer({ min: 2, max: 24 }),
				compartments: fc.integer({ min: 0, max: 4 }),
				direction: fc.constantFrom(...DIRECTIONS),
				seed: fc.array(fc.nat(), { minLength: 80, maxLength: 80 })
			})
			.map(({ size, compartments, direction, seed }): Pathway => {
				const pick = (i: number, n: number) => seed[i % seed.length]! % n;
				return {
					...synapsePathway(direction),
					compartments: Array.from({ length: compartments }, (_, i) => ({
						id: `c${i}`,
						label: `Compartment ${i}`,
						kind: 'cell',
						...(i > 0 && pick(i, 3) === 0 ? { parent: `c${pick(i + 7, i)}` } : {})
					})),
					nodes: Array.from({ length: size }, (_, i) => ({
						id: `n${i}`,
						entity: KINDS[pick(i + 11, KINDS.length)]!,
						label: `Node ${i} ${'with a longer label '.repeat(pick(i + 13, 3))}`.trim(),
						...(compartments && pick(i + 17, 2)
							? { compartment: `c${pick(i + 19, compartments)}` }
							: {}),
						evidence: []
					})),
					edges: Array.from({ length: size - 1 }, (_, i) => ({
						id: `e${i}`,
						source: `n${pick(i + 23, i + 1)}`,
						target: `n${i + 1}`,
						relation: 'activates' as const,
						evidence: [background('r')]
					})).concat(
						size > 3
							? [
									{
										id: 'back',
										source: `n${size - 1}`,
										target: 'n1',
										relation: 'activates',
										evidence: [background('r')]
									}
								]
							: []
					)
				};
			});
		fc.assert(
			fc.property(pathway, (p) => expectSoundLayout(layoutPathway(p, ENTITIES))),
			{ seed: 20260421, numRuns: 30 }
		);
	});

	it('lays out 200 nodes in compartments without overlapping nodes', () => {
		const size = 200;
		const big: Pathway = {
			...synapsePathway('LR'),
			compartments: Array.from({ length: 6 }, (_, i) => ({
				id: `c${i}`,
				label: `Compartment ${i}`,
				kind: 'cell'
			})),
			nodes: Array.from({ length: size }, (_, i) => ({
				id: `n${i}`,
				entity: KINDS[i % KINDS.length]!,
				label: `Node number ${i}`,
				...(i % 3 === 0 ? { compartment: `c${i % 6}` } : {}),
				evidence: []
			})),
			edges: Array.from({ length: size - 1 }, (_, i) => ({
				id: `e${i}`,
				source: `n${Math.floor((i * 7919) % (i + 1))}`,
				target: `n${i + 1}`,
				relation: 'activates' as const,
				evidence: [background('r')]
			}))
		};
		const laid = layoutPathway(big, ENTITIES, { ranker: 'tight-tree' });
		expect(laid.nodes).toHaveLength(size);
		expectSoundLayout(laid);
	});

	it('lays out a pathway without nodes as an empty figure', () => {
		const laid = layoutPathway(
			{ ...synapsePathway(), compartments: [], nodes: [], edges: [] },
			ENTITIES
		);
		expect(laid).toMatchObject({
			nodes: [],
			edges: [],
			width: 2 * SPACING.margin,
			height: 2 * SPACING.margin
		});
	});

	it('refuses what the validator reports: unknown entities, compartment cycles, dangling edges', () => {
		const p = synapsePathway();
		expect(() =>
			layoutPathway({ ...p, nodes: [{ ...p.nodes[0]!, entity: 'nothing' }], edges: [] }, ENTITIES)
		).toThrow(/unknown entity "nothing"/);
		expect(() =>
			layoutPathway(
				{
					...p,
					compartments: [
						{ id: 'a', label: 'A', kind: 'cell', parent: 'b' },
						{ id: 'b', label: 'B', kind: 'cell', parent: 'a' }
					]
				},
				ENTITIES
			)
		).toThrow(/inside itself/);
		expect(() =>
			layoutPathway({ ...p, edges: [{ ...p.edges[0]!, target: 'nowhere' }] }, ENTITIES)
		).toThrow(/unknown node "nowhere"/);
	});

	it('lets Node exit after a layout (every headless Cytoscape is destroyed)', () => {
		const script = [
			"import { layoutPathway } from './src/lib/layout/layoutPathway.ts';",
			"const entity = { id: 'k', label: 'Ketamine', kind: 'drug', synonyms: [], description: '', xrefs: {} };",
			"const node = (id) => ({ id, entity: 'k', label: id, evidence: [] });",
			"const p = { id: 'p', title: 'p', summary: '', direction: 'TB', compartments: [{ id: 'c', label: 'C', kind: 'cell' }],",
			"  nodes: [node('a'), { ...node('b'), compartment: 'c' }], edges: [{ id: 'e', source: 'a', target: 'b', relation: 'blocks', evidence: [] }], steps: [] };",
			'console.log(layoutPathway(p, { k: entity }).nodes.length);'
		].join('\n');
		const run = spawnSync(
			process.execPath,
			['--import', 'tsx', '--input-type=module', '-e', script],
			{ encoding: 'utf8', timeout: 15_000 }
		);
		expect(run.error).toBeUndefined();
		expect(run.status).toBe(0);
		expect(run.stdout.trim()).toBe('2');
	});
});

describe('the viewer draws what the layout computed', () => {
	const laid = layoutPathway(synapsePathway('LR'), ENTITIES);

	it('runs no layout: preset positions stay where the layout put them', () => {
		const cy = cytoscape({
			headless: true,
			styleEnabled: true,
			elements: toCytoscapeElements(laid),
			style: cytoscapeStyle('light'),
			layout: { name: 'preset' }
		});
		try {
			for (const n of laid.nodes)
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
				elements: toCytoscapeElements(laid),
				style: cytoscapeStyle(theme),
				layout: { name: 'preset' }
			});
			try {
				for (const c of laid.compartments) {
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

describe('the real atlas', () => {
	const { atlas, errors } = validateAtlas(readCuratedDir('pathways'));

	it('lays out every curated pathway soundly', () => {
		expect(errors).toEqual([]);
		expect(atlas.pathways.length).toBeGreaterThan(0);
		for (const p of atlas.pathways) {
			const laid = layoutPathway(p, atlas.entities);
			expect(laid.nodes.map((n) => n.id)).toEqual(p.nodes.map((n) => n.id));
			expect(laid.edges.map((e) => e.id)).toEqual(p.edges.map((e) => e.id));
			expectSoundLayout(laid);
		}
	});
});
