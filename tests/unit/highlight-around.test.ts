/** Hovering an element highlights its neighbourhood; the rest fades, except on a large graph. */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_ELEMENTS } from '../../src/lib/view/largeGraph.ts';
import { highlightAround } from '../../src/lib/view/liveDiagram.ts';

/** A chain of `n` nodes (n-1 edges) inside one compartment. */
function chain(n: number) {
	const elements: ElementDefinition[] = [{ data: { id: 'cell' } }];
	for (let i = 0; i < n; i++) elements.push({ data: { id: `n${i}`, parent: 'cell' } });
	for (let i = 1; i < n; i++)
		elements.push({ data: { id: `e${i}`, source: `n${i - 1}`, target: `n${i}` } });
	return cytoscape({ headless: true, elements });
}
const withClass = (core: cytoscape.Core, name: string) =>
	core
		.elements(`.${name}`)
		.map((el) => el.id())
		.sort();

describe('highlightAround', () => {
	it('on a small graph: the node, its arrows and neighbours highlighted, the rest faded', () => {
		const core = chain(5);
		highlightAround(core, 'n2');
		expect(withClass(core, 'highlighted')).toEqual(['e2', 'e3', 'n1', 'n2', 'n3']);
		expect(withClass(core, 'faded')).toEqual(['e1', 'e4', 'n0', 'n4']);
		// an arrow: itself and its two ends
		highlightAround(core, 'e4');
		expect(withClass(core, 'highlighted')).toEqual(['e4', 'n3', 'n4']);
		expect(withClass(core, 'faded')).toEqual(['e1', 'e2', 'e3', 'n0', 'n1', 'n2']);
		highlightAround(core, undefined);
		expect(withClass(core, 'highlighted')).toEqual([]);
		expect(withClass(core, 'faded')).toEqual([]);
	});

	it('on a large graph: the neighbourhood highlighted, nothing else restyled', () => {
		const n = Math.ceil(LARGE_GRAPH_ELEMENTS / 2) + 1;
		const core = chain(n);
		expect(core.elements().length).toBeGreaterThan(LARGE_GRAPH_ELEMENTS);
		highlightAround(core, 'n2');
		expect(withClass(core, 'highlighted')).toEqual(['e2', 'e3', 'n1', 'n2', 'n3']);
		expect(withClass(core, 'faded')).toEqual([]);
		highlightAround(core, undefined);
		expect(withClass(core, 'highlighted')).toEqual([]);
	});
});
