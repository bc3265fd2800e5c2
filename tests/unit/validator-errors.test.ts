import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectErrors, expectProblems, problem, rulesOf } from './helpers/diagnostics.ts';
import { FIXTURES, fixturePath, validateFixture, validateOverlay } from './helpers/fixtures.ts';

describe('errors: one fixture per kind, each with its rule, path, line, column and hint', () => {
	it('unknown entity (a typo) → "did you mean"', () => {
		expectErrors('errors/unknown-entity', [
			problem(
				'unknown-entity',
				'errors/unknown-entity/typo.yaml',
				6,
				13,
				'did you mean "nmda-receptor"?'
			)
		]);
	});

	it('unknown node in an edge', () => {
		expectErrors('errors/unknown-node', [
			problem(
				'unknown-node',
				'errors/unknown-node/typo.yaml',
				9,
				13,
				'did you mean "nmda-receptor"?'
			)
		]);
	});

	it('unknown source', () => {
		expectErrors('errors/unknown-source', [
			problem(
				'unknown-source',
				'errors/unknown-source/typo.yaml',
				7,
				17,
				'did you mean "niciu-2014"?'
			)
		]);
	});

	it('unknown reference', () => {
		expectErrors('errors/unknown-reference', [
			problem(
				'unknown-reference',
				'errors/unknown-reference/typo.yaml',
				8,
				20,
				'did you mean "pmid-29532791"?'
			)
		]);
	});

	it('unknown compartment', () => {
		expectErrors('errors/unknown-compartment', [
			problem(
				'unknown-compartment',
				'errors/unknown-compartment/typo.yaml',
				9,
				18,
				'did you mean "synapse"?'
			)
		]);
	});

	it('duplicate node id, pointing back at the first', () => {
		expectErrors('errors/duplicate-node-id', [
			problem(
				'duplicate-id',
				'errors/duplicate-node-id/twice.yaml',
				7,
				13,
				'already used at line 5; every compartment, node and edge needs its own id'
			)
		]);
	});

	it('duplicate derived edge id, pointing back at the first edge', () => {
		expectErrors('errors/duplicate-edge-id', [
			problem(
				'duplicate-id',
				'errors/duplicate-edge-id/twice.yaml',
				11,
				5,
				'an edge with the same ends and relation is at line 8; give one of them an "id"'
			)
		]);
	});

	it('duplicate entity id, pointing back at the first', () => {
		expectErrors('errors/duplicate-entity-id', [
			problem(
				'duplicate-id',
				'errors/duplicate-entity-id/entities.yaml',
				19,
				9,
				'already defined at line 11; ids must be unique'
			)
		]);
		// The first definition is kept.
		expect(validateOverlay('errors/duplicate-entity-id').atlas.entities.get('mtor')?.label.en).toBe(
			'mTOR'
		);
	});

	it('edge to itself', () => {
		expectErrors('errors/self-edge', [problem('self-loop', 'errors/self-edge/loop.yaml', 8, 13)]);
	});

	it('quote not in its source → an error (never a warning) whose hint shows where it differs', () => {
		const { errors, warnings } = validateOverlay('errors/quote-not-found');
		expectProblems(errors, [
			problem(
				'quote-not-in-source',
				'errors/quote-not-found/misquote.yaml',
				8,
				16,
				'the quote differs from the source at character 24, after "ketamine has rapid and ": s (U+0073) in the quote, p (U+0070) in the source'
			)
		]);
		expect(rulesOf(warnings)).not.toContain('quote-not-in-source');
	});

	it('background evidence without a note', () => {
		expectErrors('errors/background-without-note', [
			problem('background-without-note', 'errors/background-without-note/bare.yaml', 7, 9)
		]);
	});

	it('background evidence with a quote', () => {
		expectErrors('errors/background-with-quote', [
			problem('background-quotes-source', 'errors/background-with-quote/quoted.yaml', 7, 18)
		]);
	});

	it('stated evidence without a quote', () => {
		expectErrors('errors/stated-without-quote', [
			problem('quote-without-source', 'errors/stated-without-quote/unquoted.yaml', 7, 9)
		]);
	});

	it('unknown field → the nearest field, at the key', () => {
		expectErrors('errors/unknown-field', [
			problem('unknown-field', 'errors/unknown-field/typo.yaml', 6, 5, 'did you mean "label"?')
		]);
	});

	it('an unknown field with no near match points at the schema files', () => {
		const { errors } = validateOverlay('warnings/no-evidence-after-invalid');
		expectProblems(errors, [
			problem(
				'unknown-field',
				'warnings/no-evidence-after-invalid/bare.yaml',
				7,
				5,
				'remove it; see schema/*.schema.json for the fields'
			)
		]);
	});

	it('bad enum value (a relation typo) → did you mean, and the allowed values', () => {
		expectErrors('errors/bad-relation', [
			problem(
				'value-not-allowed',
				'errors/bad-relation/typo.yaml',
				10,
				15,
				'did you mean "blocks"? (one of: activates, inhibits, blocks, binds, modulates, releases, increases, decreases, leads-to, contains, is-a)'
			)
		]);
	});

	it('bad cross-reference format (hgnc: "1033")', () => {
		const { errors } = validateOverlay('errors/bad-xref');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({
			rule: 'invalid-format',
			severity: 'error',
			path: fixturePath('errors/bad-xref/entities.yaml'),
			line: 23,
			column: 20,
			message: '"hgnc" not a hgnc identifier (expected like HGNC:1033)'
		});
	});

	it('bad PMID and bad DOI', () => {
		const { errors } = validateOverlay('errors/bad-pmid-doi');
		expect(errors).toHaveLength(2);
		expect(rulesOf(errors)).toEqual(['invalid-format', 'invalid-format']);
		expect(errors[0]).toMatchObject({
			path: fixturePath('errors/bad-pmid-doi/references.yaml'),
			line: 11,
			column: 11,
			message: '"pmid" a PMID is digits only'
		});
		expect(errors[1]).toMatchObject({
			path: fixturePath('errors/bad-pmid-doi/references.yaml'),
			line: 14,
			column: 10,
			message: '"doi" a DOI starts with "10." and has no spaces'
		});
	});

	it('a step naming an unknown element', () => {
		expectErrors('errors/unknown-step-element', [
			problem(
				'unknown-element',
				'errors/unknown-step-element/typo.yaml',
				14,
				12,
				'did you mean "ketamine-blocks-nmda-receptor"?'
			)
		]);
	});

	it('zh translation with a different number of sentences', () => {
		const { errors, atlas } = validateOverlay('errors/zh-sentence-count');
		expectProblems(errors, [
			problem('translation-misaligned', 'errors/zh-sentence-count/sources/jelen-2021.yaml', 25, 7)
		]);
		// The source itself still loads, without the misaligned translation.
		expect(atlas.sources.get('jelen-2021')?.sentences).toHaveLength(8);
		expect(atlas.sources.get('jelen-2021')?.zh).toBeUndefined();
	});

	it('YAML syntax error → a located error with a hint, and the other files still validate', () => {
		const { errors, atlas } = validateOverlay('errors/yaml-syntax');
		expectProblems(errors, [problem('yaml-syntax', 'errors/yaml-syntax/broken.yaml', 6, 12)]);
		expect(atlas.pathways.map((p) => p.id)).toEqual(['ketamine']);
	});

	it('missing entities.yaml', () => {
		const { errors } = validateFixture('no-entities');
		expectProblems(errors.slice(0, 1), [
			problem(
				'missing-catalogue',
				'no-entities/entities.yaml',
				1,
				1,
				'create entities.yaml with an "entities:" list beside the pathway files; 1 entity reference in the pathways is not checked until this is fixed'
			)
		]);
	});

	it('every error from every error fixture carries a hint', () => {
		const hintless = ['errors', 'four-problems', 'no-entities']
			.flatMap((kind) =>
				kind === 'errors'
					? readdir(join(FIXTURES, 'errors')).map((d) => validateOverlay(`errors/${d}`).errors)
					: [validateFixture(kind).errors]
			)
			.flat()
			.filter((d) => !d.hint?.trim())
			.map((d) => `${d.path}:${d.line}:${d.column}: ${d.message}`);
		expect(hintless).toEqual([]);
	});
});

function readdir(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
}
