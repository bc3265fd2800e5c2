import { describe, expect, it } from 'vitest';
import { connectionsOf } from '../../src/lib/view/connections.ts';
import { realAtlas } from './helpers/figures.ts';

const sigma = realAtlas().pathways.find((p) => p.id === 'sigma-1-modulation')!;

describe("a node's connections", () => {
	it('lists every arrow into and out of the node, out first, each with its partner', () => {
		const arrows = connectionsOf(sigma, 'sigma-1-receptor');
		const touching = sigma.edges.filter(
			(e) => e.source === 'sigma-1-receptor' || e.target === 'sigma-1-receptor'
		);
		expect(arrows.map((a) => a.edge).sort()).toEqual(touching.map((e) => e.id).sort());
		const firstIn = arrows.findIndex((a) => !a.out);
		expect(arrows.slice(firstIn).every((a) => !a.out)).toBe(true);
		for (const a of arrows) {
			const e = sigma.edges.find((x) => x.id === a.edge)!;
			expect(a.partner).toBe(a.out ? e.target : e.source);
		}
	});

	it('gives each arrow its strongest support', () => {
		const pathway = {
			...sigma,
			edges: [
				{
					id: 'a-b',
					source: 'a',
					target: 'b',
					relation: 'activates' as const,
					evidence: [
						{ support: 'background' as const, reference: 'r', note: { en: 'n' } },
						{
							support: 'listed' as const,
							source: 's',
							quote: 'q',
							sentences: [1],
							start: 0,
							end: 1
						}
					]
				}
			]
		};
		expect(connectionsOf(pathway, 'b')).toEqual([
			{ edge: 'a-b', out: false, partner: 'a', support: 'listed' }
		]);
	});
});
