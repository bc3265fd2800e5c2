import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { rulesOf } from './helpers/diagnostics.ts';
import { readFixture } from './helpers/fixtures.ts';

describe('validateAtlas on files built in memory', () => {
	it('reports a missing entity catalogue under the folder it was given', () => {
		const files = readFixture('valid');
		const { errors } = validateAtlas({ ...files, root: 'somewhere', entities: undefined });
		expect(errors).toContainEqual(
			expect.objectContaining({ path: 'somewhere/entities.yaml', line: 1, column: 1 })
		);
	});

	it('does not report quotes into a source whose file is broken a second time', () => {
		const files = readFixture('valid');
		const niciu = files.sources.find((s) => s.path.endsWith('niciu-2014.yaml'))!;
		const broken = { ...niciu, text: niciu.text.replace(/^text: >-/m, 'text: [') };
		const { errors } = validateAtlas({
			...files,
			sources: files.sources.map((s) => (s === niciu ? broken : s))
		});
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.every((e) => e.path === niciu.path)).toBe(true);
		expect(rulesOf(errors)).not.toContain('quote-not-in-source');
	});

	const withPathway = (text: string) =>
		validateAtlas({ ...readFixture('valid'), pathways: [{ path: 'mem/p.yaml', text }] }).errors;

	it('a missing required field is reported at the mapping that lacks it', () => {
		expect(withPathway('summary: s\nnodes:\n  - entity: ketamine\n')).toEqual([
			{
				rule: 'missing-field',
				severity: 'error',
				path: 'mem/p.yaml',
				line: 1,
				column: 1,
				message: 'missing field "title"',
				hint: 'add "title: …"'
			}
		]);
		expect(withPathway('title: t\nsummary: s\nnodes:\n  - label: K\n')).toEqual([
			expect.objectContaining({ rule: 'missing-field', line: 4, column: 5 })
		]);
	});

	it('a pathway with no nodes, and nodes that are not a list', () => {
		expect(withPathway('title: t\nsummary: s\nnodes: []\n')).toEqual([
			expect.objectContaining({ rule: 'no-nodes', line: 3, column: 8 })
		]);
		expect(withPathway('title: t\nsummary: s\nnodes: ketamine\n')).toEqual([
			expect.objectContaining({
				line: 3,
				column: 8,
				rule: 'wrong-type',
				message: 'expected a list, found string "ketamine"',
				hint: 'write each item on its own line, starting with "- "'
			})
		]);
	});

	it('a file that is not a mapping at all', () => {
		expect(withPathway('- just\n- a list\n')).toEqual([
			expect.objectContaining({
				path: 'mem/p.yaml',
				line: 1,
				column: 1,
				rule: 'file-shape'
			})
		]);
	});

	it('an unknown parent compartment', () => {
		const text =
			'title: t\nsummary: s\ncompartments:\n  - id: cell\n    label: Cell\n    parent: tissu\nnodes:\n  - entity: ketamine\n';
		expect(withPathway(text)).toEqual([
			expect.objectContaining({ rule: 'unknown-compartment', line: 6, column: 13 })
		]);
	});

	it('listed evidence that cites a reference record instead of a quote', () => {
		const text =
			'title: t\nsummary: s\nnodes:\n  - entity: mtor\n    evidence:\n      - support: listed\n        reference: pmid-29532791\n';
		expect(withPathway(text)).toEqual([
			expect.objectContaining({
				rule: 'quote-cites-reference',
				path: 'mem/p.yaml',
				line: 7,
				column: 20
			})
		]);
	});

	it('an "uncited" quote that is not in its own source', () => {
		const files = readFixture('valid');
		const niciu = files.sources.find((s) => s.path.endsWith('niciu-2014.yaml'))!;
		const text = niciu.text.replace(
			'- quote: Current clinical and preclinical research is focused on',
			'- quote: Current research is focused on'
		);
		const { errors } = validateAtlas({
			...files,
			sources: files.sources.map((s) => (s === niciu ? { ...s, text } : s))
		});
		expect(errors).toEqual([
			expect.objectContaining({
				rule: 'quote-not-in-source',
				path: niciu.path,
				hint: expect.stringMatching(
					/^closest sentence s5: "Current clinical and preclinical research/
				)
			})
		]);
		expect(errors[0]?.line).toBe(
			text.split('\n').findIndex((l) => l.includes('Current research')) + 1
		);
	});
});
