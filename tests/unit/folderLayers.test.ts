import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, layers, type FolderGraph } from './helpers/folderGraph.ts';

const graphOf = (edges: [string, string][]): FolderGraph => {
	const g: FolderGraph = new Map();
	for (const [a, b] of edges) g.set(a, (g.get(a) ?? new Map()).set(b, [`${a}/x.ts`]));
	return g;
};

/** Each folder of a cycle with the folders it imports inside the cycle, and through which files. */
const explain = (graph: FolderGraph, cycle: string[]) =>
	cycle
		.flatMap((a) =>
			[...(graph.get(a) ?? [])]
				.filter(([b]) => cycle.includes(b))
				.map(([b, files]) => `${a} -> ${b} (${[...new Set(files)].join(', ')})`)
		)
		.join('\n');

describe('the folders of src/lib', () => {
	const graph = folderGraph();

	it('form a layered order: no cycle between folders, runtime or type-only', () => {
		const found = cycles(graph);
		expect(found.map((c) => explain(graph, c)).join('\n\n')).toBe('');
	});

	it('are read through every kind of import', () => {
		// A scan that missed $lib, relative or type-only imports would find no cycle by seeing nothing.
		expect(graph.get('layout')?.has('schema')).toBe(true);
		expect(graph.get('components')?.has('state')).toBe(true);
		expect(graph.get('server')?.has('layout')).toBe(true);
		expect(layers(graph).indexOf('schema')).toBeLessThan(layers(graph).indexOf('layout'));
	});
});

describe('the cycle finder', () => {
	it('finds a cycle through three folders and leaves a chain alone', () => {
		const g = graphOf([
			['a', 'b'],
			['b', 'c'],
			['c', 'a'],
			['c', 'd'],
			['e', 'd']
		]);
		expect(cycles(g)).toEqual([['a', 'b', 'c']]);
		expect(cycles(graphOf([['a', 'b']]))).toEqual([]);
	});
});
