/** The layout at its edges: an empty pathway, input the validator refuses, Node exiting after a layout. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { SPACING } from '../../src/lib/layout/spacing.ts';
import { ENTITIES, synapsePathway } from './helpers/synapsePathway.ts';

describe('layoutPathway at its edges', () => {
	it('lays out a pathway without nodes as an empty figure', () => {
		const laidOut = layoutPathway(
			{ ...synapsePathway(), compartments: [], nodes: [], edges: [] },
			ENTITIES
		);
		expect(laidOut).toMatchObject({
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
						{ id: 'a', label: { en: 'A' }, kind: 'cell', parent: 'b' },
						{ id: 'b', label: { en: 'B' }, kind: 'cell', parent: 'a' }
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
			"const entity = { id: 'k', label: { en: 'Ketamine' }, kind: 'drug', synonyms: { en: [] }, description: { en: '' }, xrefs: {} };",
			"const node = (id) => ({ id, entity: 'k', label: { en: id }, evidence: [] });",
			"const p = { id: 'p', title: { en: 'p' }, summary: { en: '' }, direction: 'TB', compartments: [{ id: 'c', label: { en: 'C' }, kind: 'cell' }],",
			"  nodes: [node('a'), { ...node('b'), compartment: 'c' }], edges: [{ id: 'e', source: 'a', target: 'b', relation: 'blocks', evidence: [] }], steps: [] };",
			"console.log(layoutPathway(p, new Map([['k', entity]])).nodes.length);"
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
