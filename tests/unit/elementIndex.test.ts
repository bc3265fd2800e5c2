import { describe, expect, it } from 'vitest';
import { elementById, elementIndex } from '../../src/lib/model/elementIndex.ts';
import { realAtlas } from './helpers/figures.ts';

describe("a pathway's elements by id", () => {
	const atlas = realAtlas();

	it('finds every node and edge of every curated pathway, and nothing else', () => {
		for (const p of atlas.pathways) {
			for (const el of [...p.nodes, ...p.edges]) expect(elementById(p, el.id)).toBe(el);
			expect(elementById(p, 'no-such-element')).toBeUndefined();
		}
	});

	it('is built once per pathway, and a new pathway object gets its own', () => {
		const p = atlas.pathways[0]!;
		expect(elementIndex(p)).toBe(elementIndex(p));
		const edited = { ...p, nodes: p.nodes.slice(1) };
		expect(elementIndex(edited)).not.toBe(elementIndex(p));
		expect(elementById(edited, p.nodes[0]!.id)).toBeUndefined();
	});
});
