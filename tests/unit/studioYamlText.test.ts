import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	appendItem,
	deleteKey,
	insertItemAfter,
	moveItem,
	removeItem,
	setScalar,
	YamlEditError
} from '../../src/lib/studio/yamlText.ts';

const PATHWAY = `# head comment
title: T
direction: LR
nodes:
  - entity: a # why a
    evidence:
      - source: s
        quote: one two three
        support: stated
  # before b
  - entity: b
    evidence: []
edges:
  - source: a
    target: b
    relation: blocks
steps:
  - show: [a, b]
    narration: First.
  - show: [b]
    narration: Second.
# tail comment
`;

describe('studio YAML text edits', () => {
	it('sets a leaf and leaves every other byte as it was', () => {
		const out = setScalar(PATHWAY, ['edges', 0, 'relation'], 'inhibits');
		expect(out).toBe(PATHWAY.replace('relation: blocks', 'relation: inhibits'));
	});

	it('quotes a value that plain YAML would misread, on one line however long', () => {
		const long = `${'word '.repeat(40)}: yes`;
		const out = setScalar(PATHWAY, ['title'], long);
		expect(parse(out).title).toBe(long);
		expect(out.split('\n')[1]).toMatch(/^title: "/);
	});

	it('adds a key to a list item', () => {
		const out = setScalar(PATHWAY, ['nodes', 1, 'compartment'], 'synapse');
		expect(out).toContain('  - entity: b\n    evidence: []\n    compartment: synapse\nedges:');
	});

	it('appends an item in the style of the list, comments kept', () => {
		const out = appendItem(PATHWAY, ['nodes', 0, 'evidence'], {
			source: 's',
			quote: 'a quote of many words',
			support: 'listed'
		});
		expect(out).toContain(
			'        support: stated\n      - source: s\n        quote: a quote of many words\n        support: listed\n  # before b\n'
		);
		expect(out.replace(/ {6}- source: s\n {8}quote: a quote.*\n.*listed\n/, '')).toBe(PATHWAY);
	});

	it('turns an empty one-line list into a block list', () => {
		const out = appendItem(PATHWAY, ['nodes', 1, 'evidence'], { reference: 'r', note: 'n.' });
		expect(out).toContain(
			'  - entity: b\n    evidence:\n      - reference: r\n        note: n.\nedges:'
		);
	});

	it('adds to a one-line list of ids', () => {
		const out = appendItem(PATHWAY, ['steps', 1, 'show'], 'a-blocks-b');
		expect(out).toContain('  - show: [b, a-blocks-b]\n');
	});

	it('creates a missing list', () => {
		const out = appendItem(PATHWAY, ['compartments'], { id: 'c', label: 'C', kind: 'cell' });
		expect(parse(out).compartments).toEqual([{ id: 'c', label: 'C', kind: 'cell' }]);
		expect(out.startsWith(PATHWAY.replace('# tail comment\n', ''))).toBe(true);
	});

	it('removes an item and only its lines', () => {
		const out = removeItem(PATHWAY, ['nodes'], 0);
		expect(out).toBe(PATHWAY.replace(/ {2}- entity: a # why a\n(?: {4,}.*\n)+/, ''));
		expect(out).toContain('  # before b\n  - entity: b');
	});

	it('removes the last item of a block list, leaving an empty list', () => {
		const noEdges = removeItem(PATHWAY, ['edges'], 0);
		expect(noEdges).toBe(PATHWAY.replace(/edges:\n(?: {2,}.*\n)+/, 'edges: []\n'));
		const noEvidence = removeItem(PATHWAY, ['nodes', 0, 'evidence'], 0);
		expect(noEvidence).toContain('  - entity: a # why a\n    evidence: []\n  # before b\n');
		const oneStep = removeItem(PATHWAY, ['steps'], 0);
		expect(parse(removeItem(oneStep, ['steps'], 0)).steps).toEqual([]);
	});

	it('names a missing item by the index it was asked for', () => {
		expect(() => removeItem(PATHWAY, ['nodes'], 5)).toThrow(
			'there is no item at index 5: the list has 2 items, counted from 0'
		);
		expect(() => removeItem(PATHWAY, ['steps', 0, 'show'], 2)).toThrow('no item at index 2');
	});

	it('removes an id from a one-line list', () => {
		expect(removeItem(PATHWAY, ['steps', 0, 'show'], 0)).toContain('  - show: [b]\n');
		expect(removeItem(PATHWAY, ['steps', 0, 'show'], 1)).toContain('  - show: [a]\n');
	});

	it('moves an item with its lines', () => {
		const out = moveItem(PATHWAY, ['steps'], 1, 0);
		expect(parse(out).steps.map((s: { narration: string }) => s.narration)).toEqual([
			'Second.',
			'First.'
		]);
		expect(out.endsWith('# tail comment\n')).toBe(true);
	});

	it('deletes a key', () => {
		const out = deleteKey(PATHWAY, [], 'direction');
		expect(out).toBe(PATHWAY.replace('direction: LR\n', ''));
	});

	it('refuses an edit it cannot splice', () => {
		expect(() => setScalar(PATHWAY, ['nodes'], 'x')).toThrow(YamlEditError);
		expect(() => removeItem(PATHWAY, ['nodes'], 5)).toThrow(YamlEditError);
	});

	it('inserts an item after another, the comment above the next item kept with it', () => {
		const text =
			'entities:\n  # --- Drugs\n  - id: a\n    kind: drug\n\n  # --- Receptors\n  - id: b\n    kind: receptor\n';
		expect(insertItemAfter(text, ['entities'], 0, { id: 'c', kind: 'drug' })).toBe(
			text.replace('    kind: drug\n', '    kind: drug\n  - id: c\n    kind: drug\n')
		);
		expect(() => insertItemAfter(text, ['entities'], 5, { id: 'c' })).toThrow(
			'there is no item at index 5'
		);
	});
});
