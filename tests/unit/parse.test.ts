import { describe, expect, it } from 'vitest';
import { parseLocated } from '../../src/lib/yaml/parseLocated.ts';
import { positionOf } from './helpers/fixtures.ts';
import { invalidFormat } from '../../src/lib/rules/invalid-format.ts';
import { unknownEntity } from '../../src/lib/rules/unknown-entity.ts';

const PATHWAY = `title: Ketamine
summary: A test pathway.
nodes:
  - entity: ketamine
    evidence:
      - source: niciu-2014
        quote: The NMDA receptor antagonist ketamine
        support: stated
  - id: nmda
    entity: nmda-receptor
edges:
  - { source: ketamine, target: nmda, relation: blocks }
steps:
  - show: [ketamine, nmda]
    narration: >-
      Ketamine blocks
      the receptor.
`;

describe('parseLocated: positions', () => {
	const { file, errors } = parseLocated('pathways/example.yaml', PATHWAY);

	it('parses valid YAML to plain data, with no errors', () => {
		expect(errors).toEqual([]);
		expect(file.path).toBe('pathways/example.yaml');
		expect(file.data).toMatchObject({
			title: 'Ketamine',
			nodes: [{ entity: 'ketamine' }, { id: 'nmda', entity: 'nmda-receptor' }],
			steps: [{ show: ['ketamine', 'nmda'], narration: 'Ketamine blocks the receptor.' }]
		});
	});

	it('locates top-level values and keys', () => {
		expect(file.locate(['title'])).toEqual({ line: 1, column: 8 });
		expect(file.locate(['title'], 'key')).toEqual({ line: 1, column: 1 });
		expect(file.locate(['summary'])).toEqual({ line: 2, column: 10 });
		// A block list value starts at its first "- " item.
		expect(file.locate(['nodes'])).toEqual({ line: 4, column: 3 });
		expect(file.locate(['nodes'], 'key')).toEqual({ line: 3, column: 1 });
	});

	it('locates list items and values nested inside them', () => {
		expect(file.locate(['nodes', 0])).toEqual({ line: 4, column: 5 });
		expect(file.locate(['nodes', 1])).toEqual({ line: 9, column: 5 });
		expect(file.locate(['nodes', 0, 'entity'])).toEqual({ line: 4, column: 13 });
		expect(file.locate(['nodes', 0, 'entity'], 'key')).toEqual({ line: 4, column: 5 });
		expect(file.locate(['nodes', 1, 'entity'])).toEqual({ line: 10, column: 13 });
		expect(file.locate(['nodes', 1, 'entity'], 'key')).toEqual({ line: 10, column: 5 });
	});

	it('locates deeply nested values: evidence quotes, flow mappings and flow lists', () => {
		expect(file.locate(['nodes', 0, 'evidence', 0, 'quote'])).toEqual(
			positionOf(PATHWAY, 'The NMDA receptor antagonist ketamine')
		);
		expect(file.locate(['nodes', 0, 'evidence', 0, 'quote'], 'key')).toEqual({
			line: 7,
			column: 9
		});
		expect(file.locate(['edges', 0, 'relation'])).toEqual(positionOf(PATHWAY, 'blocks }'));
		expect(file.locate(['edges', 0, 'target'], 'key')).toEqual(positionOf(PATHWAY, 'target:'));
		expect(file.locate(['steps', 0, 'show', 1])).toEqual(positionOf(PATHWAY, 'nmda]'));
		expect(file.locate(['steps', 0, 'narration'])).toEqual(positionOf(PATHWAY, '>-'));
	});

	it('falls back to the nearest ancestor for a path that is not in the file', () => {
		expect(file.locate(['nodes', 1, 'evidence'])).toEqual(file.locate(['nodes', 1]));
		expect(file.locate(['nodes', 7, 'entity'])).toEqual(file.locate(['nodes']));
		expect(file.locate(['nope'])).toEqual({ line: 1, column: 1 });
		expect(file.locate([])).toEqual({ line: 1, column: 1 });
	});

	it('builds a located diagnostic, with or without a hint', () => {
		const unknown = file.diagnostic(
			unknownEntity,
			['nodes', 1, 'entity'],
			'unknown entity',
			'did you mean x?'
		);
		expect(unknown).toEqual({
			rule: 'unknown-entity',
			severity: 'error',
			path: 'pathways/example.yaml',
			line: 10,
			column: 13,
			message: 'unknown entity',
			hint: 'did you mean x?'
		});
		const plain = file.diagnostic(invalidFormat, ['nodes', 1, 'id'], 'bad id', undefined, 'key');
		expect(plain).toEqual({
			rule: 'invalid-format',
			severity: 'error',
			path: 'pathways/example.yaml',
			line: 9,
			column: 5,
			message: 'bad id'
		});
		expect(plain).not.toHaveProperty('hint');
	});

	it('counts lines and columns in a file with comments, blank lines and Chinese text', () => {
		const text =
			'# comment\n\nentities:\n  # another\n  - id: ketamine\n    zh: 氯胺酮\n    kind: drug\n';
		const { file: f, errors: e } = parseLocated('entities.yaml', text);
		expect(e).toEqual([]);
		expect(f.locate(['entities', 0, 'id'])).toEqual({ line: 5, column: 9 });
		expect(f.locate(['entities', 0, 'kind'])).toEqual({ line: 7, column: 11 });
		expect(f.locate(['entities', 0, 'kind'], 'key')).toEqual({ line: 7, column: 5 });
	});

	it('locates in a file with Windows line endings', () => {
		const { file: f, errors: e } = parseLocated('x.yaml', 'a: 1\r\nb:\r\n  - c: 2\r\n');
		expect(e).toEqual([]);
		expect(f.locate(['b', 0, 'c'])).toEqual({ line: 3, column: 8 });
	});
});

describe('parseLocated: syntax errors are located diagnostics, never exceptions', () => {
	const bad: [string, string][] = [
		['an unclosed quote', 'title: "Ketamine\nsummary: x\n'],
		['an unclosed flow list', 'nodes: [a, b\nedges: []\n'],
		['a tab used for indentation', 'nodes:\n\t- entity: ketamine\n'],
		['a colon inside an unquoted value', 'nodes:\n  - entity: ketamine\n    note: ratio: 2: 1\n'],
		['bad indentation', 'nodes:\n  - entity: ketamine\n   label: x\n'],
		['two documents', 'a: 1\n---\nb: 2\n']
	];

	it.each(bad)('reports %s', (_name, text) => {
		let result: ReturnType<typeof parseLocated> | undefined;
		expect(() => (result = parseLocated('pathways/bad.yaml', text))).not.toThrow();
		const { file, errors } = result as ReturnType<typeof parseLocated>;
		expect(errors.length).toBeGreaterThan(0);
		expect(file.data).toBeUndefined();
		const lines = text.split('\n').length;
		for (const e of errors) {
			expect(e.severity).toBe('error');
			expect(e.path).toBe('pathways/bad.yaml');
			expect(e.line).toBeGreaterThanOrEqual(1);
			expect(e.line).toBeLessThanOrEqual(lines);
			expect(e.column).toBeGreaterThanOrEqual(1);
			expect(e.message).toMatch(/^YAML syntax error: \S/);
			expect(e.message).not.toContain('\n');
			expect(e.hint).toMatch(/\S/);
		}
	});

	it('points at the line where an unclosed flow list should have ended', () => {
		const { errors } = parseLocated('p.yaml', 'title: x\nnodes: [a, b\nedges: []\n');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ path: 'p.yaml', line: 3, column: 1 });
		expect(errors[0]?.message).toMatch(/^YAML syntax error: .*\]/);
		expect(errors[0]?.hint).toMatch(/indentation/);
	});

	it('says where a value with ": " in it must be quoted', () => {
		const text = 'nodes:\n  - entity: ketamine\n    note: ratio: 2: 1\n';
		const { errors } = parseLocated('p.yaml', text);
		expect(errors[0]).toMatchObject({ line: 3, column: 11 });
		expect(errors[0]?.hint).toBe(
			'a value that contains ": " or starts with a special character must be quoted'
		);
	});

	it('points at a tab used for indentation, with a hint about spaces', () => {
		const { errors } = parseLocated('p.yaml', 'title: x\nnodes:\n\t- entity: ketamine\n');
		expect(errors[0]).toMatchObject({ line: 3, column: 1 });
		expect(errors[0]?.message).toMatch(/tab/i);
		expect(errors[0]?.hint).toBeTruthy();
	});

	it('reports a duplicate key at the repeated key, with a hint to remove or rename it', () => {
		const text = 'title: One\nsummary: x\ntitle: Two\n';
		const { file, errors } = parseLocated('p.yaml', text);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ severity: 'error', path: 'p.yaml', line: 3, column: 1 });
		expect(errors[0]?.message).toMatch(/^YAML syntax error: .*unique/i);
		expect(errors[0]?.hint).toBe(
			'each key may appear once in a mapping; remove or rename the repeated one'
		);
		expect(file.data).toBeUndefined();
	});

	it('reports a duplicate key inside a nested list item', () => {
		const text = 'nodes:\n  - entity: ketamine\n    label: A\n    label: B\n';
		const { errors } = parseLocated('p.yaml', text);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ line: 4, column: 5 });
		expect(errors[0]?.hint).toMatch(/each key may appear once/);
	});

	it.each([
		['an alias to an anchor that does not exist', 'nodes:\n  - entity: *ketamine\n'],
		['markdown emphasis read as an alias', 'label: *R*-ketamine\n'],
		['a note in markdown emphasis', 'note: *important*\n'],
		['an alias inside a flow list', 'show: [a, *b]\n']
	])('reports %s as a located diagnostic instead of throwing', (_name, text) => {
		// yaml's toJS throws "Unresolved alias" for these, although parseDocument reports no error.
		let result: ReturnType<typeof parseLocated> | undefined;
		expect(() => (result = parseLocated('p.yaml', text))).not.toThrow();
		expect(result?.errors.length).toBeGreaterThan(0);
		expect(result?.errors[0]).toMatchObject({ path: 'p.yaml', severity: 'error' });
		expect(result?.errors[0]?.line).toBeGreaterThanOrEqual(1);
		expect(result?.errors[0]?.hint).toBeTruthy();
	});

	it('reports an alias bomb (billion laughs) as a diagnostic instead of throwing', () => {
		// yaml's toJS throws "Excessive alias count" here; the validator must never throw on bad data.
		const text = [
			'a: &a [x, x, x, x, x, x, x, x, x, x]',
			'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
			'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
			'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
			''
		].join('\n');
		let result: ReturnType<typeof parseLocated> | undefined;
		expect(() => (result = parseLocated('p.yaml', text))).not.toThrow();
		expect(result?.errors.length).toBeGreaterThan(0);
		expect(result?.errors[0]).toMatchObject({ path: 'p.yaml', severity: 'error' });
	});
});
