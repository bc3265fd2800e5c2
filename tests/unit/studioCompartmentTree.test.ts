import { describe, expect, it } from 'vitest';
import { parentChoices, withDescendants } from '../../src/lib/studio/compartmentTree.ts';

const TREE = [
	{ id: 'synapse', label: 'Synapse' },
	{ id: 'pre', label: 'Presynaptic', parent: 'synapse' },
	{ id: 'vesicle', label: 'Vesicle', parent: 'pre' },
	{ id: 'post', label: 'Postsynaptic', parent: 'synapse' },
	{ id: 'glia', label: 'Glia' }
];

describe('compartment tree', () => {
	it('finds a compartment and all inside it', () => {
		expect(withDescendants(TREE, 'pre')).toEqual(new Set(['pre', 'vesicle']));
		expect(withDescendants(TREE, 'synapse')).toEqual(
			new Set(['synapse', 'pre', 'vesicle', 'post'])
		);
	});

	it('offers as parents all but the compartment itself and those inside it', () => {
		expect(parentChoices(TREE, 'pre').map((c) => c.id)).toEqual(['synapse', 'post', 'glia']);
		expect(parentChoices(TREE, 'synapse').map((c) => c.id)).toEqual(['glia']);
	});

	it('ends on a cycle written by hand', () => {
		const ring = [
			{ id: 'a', label: 'A', parent: 'b' },
			{ id: 'b', label: 'B', parent: 'a' }
		];
		expect(withDescendants(ring, 'a')).toEqual(new Set(['a', 'b']));
	});
});
