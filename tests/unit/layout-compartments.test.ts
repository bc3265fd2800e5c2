/** Compartments in the layout: room for their labels, soundness on random and large pathways. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TYPE } from '../../src/lib/layout/font.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { measureText } from '../../src/lib/layout/measureText.ts';
import type { Pathway } from '../../src/lib/model/atlas.ts';
import { DIRECTIONS, KINDS } from '../../src/lib/schema/vocabulary.ts';
import { expectSoundLayout } from './helpers/layoutGeometry.ts';
import { background, ENTITIES, synapsePathway } from './helpers/synapsePathway.ts';

describe('layoutPathway with compartments', () => {
	it('makes room for a compartment label wider than its contents', () => {
		const label = 'A compartment with a label far wider than the node inside it';
		const p: Pathway = {
			...synapsePathway('TB'),
			compartments: [
				{ id: 'left', label: { en: label }, kind: 'cell' },
				{ id: 'right', label: { en: label }, kind: 'cell' }
			],
			nodes: [
				{ id: 'drug', entity: 'drug', label: { en: 'K' }, evidence: [] },
				{ id: 'a', entity: 'receptor', label: { en: 'A' }, compartment: 'left', evidence: [] },
				{ id: 'b', entity: 'receptor', label: { en: 'B' }, compartment: 'right', evidence: [] }
			],
			edges: ['a', 'b'].map((target) => ({
				id: `drug-${target}`,
				source: 'drug',
				target,
				relation: 'blocks' as const,
				evidence: []
			}))
		};
		const laidOut = layoutPathway(p, ENTITIES);
		const labelWidth = measureText(label, TYPE.compartmentSize).width;
		for (const c of laidOut.compartments) expect(c.width).toBeGreaterThan(labelWidth);
		expectSoundLayout(laidOut);
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
						label: { en: `Compartment ${i}` },
						kind: 'cell',
						...(i > 0 && pick(i, 3) === 0 ? { parent: `c${pick(i + 7, i)}` } : {})
					})),
					nodes: Array.from({ length: size }, (_, i) => ({
						id: `n${i}`,
						entity: KINDS[pick(i + 11, KINDS.length)]!,
						label: { en: `Node ${i} ${'with a longer label '.repeat(pick(i + 13, 3))}`.trim() },
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
				label: { en: `Compartment ${i}` },
				kind: 'cell'
			})),
			nodes: Array.from({ length: size }, (_, i) => ({
				id: `n${i}`,
				entity: KINDS[i % KINDS.length]!,
				label: { en: `Node number ${i}` },
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
		const laidOut = layoutPathway(big, ENTITIES, { ranker: 'tight-tree' });
		expect(laidOut.nodes).toHaveLength(size);
		expectSoundLayout(laidOut);
	});
});
