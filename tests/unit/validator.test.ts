import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byLocation, type Diagnostic } from '../../src/lib/diagnostics.ts';
import type { QuotedEvidence } from '../../src/lib/model/atlas.ts';
import { findQuote } from '../../src/lib/text/findQuote.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import {
	FIXTURES,
	fixturePath,
	readFixture,
	validateFixture,
	validateOverlay
} from './helpers/fixtures.ts';

const error = (
	file: string,
	line: number,
	column: number,
	message: string,
	hint?: string
): Diagnostic => ({
	severity: 'error',
	path: fixturePath(file),
	line,
	column,
	message,
	...(hint === undefined ? {} : { hint })
});

const warning = (
	file: string,
	line: number,
	column: number,
	message: string,
	hint?: string
): Diagnostic => ({ ...error(file, line, column, message, hint), severity: 'warning' });

/** Validates valid/ with one overlay and expects exactly these errors (and so nothing else). */
function expectErrors(overlay: string, expected: Diagnostic[]) {
	const { errors } = validateOverlay(overlay);
	expect(errors).toEqual(expected);
}

describe('the valid fixture', () => {
	const { atlas, errors, warnings } = validateFixture('valid');

	it('has no errors and no warnings', () => {
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
	});

	it('builds the atlas: entities, references, sources and the pathway', () => {
		expect(Object.keys(atlas.entities).sort()).toEqual([
			'ketamine',
			'mtor',
			'nmda-receptor',
			'rapid-antidepressant-effect'
		]);
		expect(Object.keys(atlas.references)).toEqual(['pmid-29532791']);
		expect(Object.keys(atlas.sources).sort()).toEqual(['jelen-2021', 'niciu-2014']);
		expect(atlas.sources['jelen-2021']?.zh).toHaveLength(8);
		expect(atlas.pathways).toHaveLength(1);
		const p = atlas.pathways[0]!;
		expect(p.id).toBe('ketamine');
		expect(p.direction).toBe('TB');
		expect(p.nodes.map((n) => [n.id, n.entity, n.label])).toEqual([
			['ketamine', 'ketamine', 'Ketamine'],
			['nmda-receptor', 'nmda-receptor', 'NMDA receptor'],
			['mtor', 'mtor', 'mTOR'],
			['rapid-effect', 'rapid-antidepressant-effect', 'Rapid effect']
		]);
		expect(p.edges.map((e) => e.id)).toEqual([
			'ketamine-blocks-nmda-receptor',
			'nmda-receptor-modulates-mtor',
			'mtor-to-effect'
		]);
		expect(p.compartments).toEqual([
			{ id: 'synapse', label: 'Glutamatergic synapse', zh: '谷氨酸能突触', kind: 'synapse' }
		]);
		expect(p.steps.map((s) => s.show)).toEqual([
			['ketamine'],
			['synapse', 'nmda-receptor', 'ketamine-blocks-nmda-receptor'],
			['mtor', 'nmda-receptor-modulates-mtor', 'rapid-effect', 'mtor-to-effect']
		]);
	});

	it('resolves every quote to the right sentence numbers and character range', () => {
		const p = atlas.pathways[0]!;
		const quoted = (el: { evidence: unknown[] }) => el.evidence[0] as QuotedEvidence;
		const niciu = atlas.sources['niciu-2014']!.text;
		const jelen = atlas.sources['jelen-2021']!.text;

		const ketamine = quoted(p.nodes[0]!);
		expect(ketamine).toMatchObject({ source: 'niciu-2014', support: 'stated', sentences: [1] });
		expect([ketamine.start, ketamine.end]).toEqual([0, 60]);
		expect(niciu.slice(ketamine.start, ketamine.end)).toBe(
			'The N-methyl-D-aspartate (NMDA) receptor antagonist ketamine'
		);

		// The fixture quotes it with a run of spaces and a line break; the range is in the source.
		const nmda = quoted(p.nodes[1]!);
		expect(nmda).toMatchObject({ source: 'jelen-2021', sentences: [1] });
		expect(jelen.slice(nmda.start, nmda.end)).toBe(
			'an uncompetitive N-Methyl-D-Aspartate receptor antagonist'
		);
		expect(nmda.start).toBe(jelen.indexOf('an uncompetitive N-Methyl'));

		const mtor = quoted(p.nodes[2]!);
		expect(mtor).toMatchObject({ source: 'niciu-2014', support: 'listed', sentences: [4] });
		expect(niciu.slice(mtor.start, mtor.end)).toBe('mammalian target of rapamycin (mTOR)');

		// A quote across a sentence boundary cites both sentences.
		const rapid = quoted(p.nodes[3]!);
		expect(rapid.sentences).toEqual([1, 2]);
		expect(niciu.slice(rapid.start, rapid.end)).toBe(
			'major depressive disorder and bipolar depression. These effects are in direct contrast'
		);

		expect(quoted(p.edges[0]!)).toMatchObject({ source: 'jelen-2021', sentences: [1] });
		expect(p.edges[1]!.evidence).toEqual([
			{
				support: 'background',
				reference: 'pmid-29532791',
				note: 'The fixture assumes that NMDA receptor block reaches mTOR.',
				noteZh: '本测试数据假定NMDA受体阻断会影响mTOR。'
			}
		]);
		expect(quoted(p.edges[2]!)).toMatchObject({ support: 'listed', sentences: [4] });

		for (const el of [...p.nodes, ...p.edges]) {
			for (const e of el.evidence) {
				if (e.support === 'background') continue;
				const text = atlas.sources[e.source]!.text;
				expect(findQuote(text, e.quote)).toEqual({ start: e.start, end: e.end });
			}
		}
	});

	it('resolves deliberately uncited quotes to their sentences', () => {
		expect(atlas.sources['niciu-2014']!.uncited.map((u) => u.sentence)).toEqual([3, 5]);
		expect(atlas.sources['jelen-2021']!.uncited.map((u) => u.sentence)).toEqual([
			2, 3, 4, 5, 6, 7, 8
		]);
	});

	it('gives the same result every time', () => {
		expect(validateFixture('valid')).toEqual(validateFixture('valid'));
	});
});

describe('errors: one fixture per kind, each with path, line, column, message and hint', () => {
	it('unknown entity (a typo) → "did you mean"', () => {
		expectErrors('errors/unknown-entity', [
			error(
				'errors/unknown-entity/typo.yaml',
				6,
				13,
				'unknown entity "nmda-recepter"',
				'did you mean "nmda-receptor"?'
			)
		]);
	});

	it('unknown node in an edge', () => {
		expectErrors('errors/unknown-node', [
			error(
				'errors/unknown-node/typo.yaml',
				9,
				13,
				'unknown node "nmda-recepter"',
				'did you mean "nmda-receptor"?'
			)
		]);
	});

	it('unknown source', () => {
		expectErrors('errors/unknown-source', [
			error(
				'errors/unknown-source/typo.yaml',
				7,
				17,
				'unknown source "niciu-2041"',
				'did you mean "niciu-2014"?'
			)
		]);
	});

	it('unknown reference', () => {
		expectErrors('errors/unknown-reference', [
			error(
				'errors/unknown-reference/typo.yaml',
				8,
				20,
				'unknown reference "pmid-29532719"',
				'did you mean "pmid-29532791"?'
			)
		]);
	});

	it('unknown compartment', () => {
		expectErrors('errors/unknown-compartment', [
			error(
				'errors/unknown-compartment/typo.yaml',
				9,
				18,
				'unknown compartment "synaspe"',
				'did you mean "synapse"?'
			)
		]);
	});

	it('duplicate node id, pointing back at the first', () => {
		expectErrors('errors/duplicate-node-id', [
			error(
				'errors/duplicate-node-id/twice.yaml',
				7,
				13,
				'duplicate id "ketamine"',
				'already used at line 5; every compartment, node and edge needs its own id'
			)
		]);
	});

	it('duplicate derived edge id, pointing back at the first edge', () => {
		expectErrors('errors/duplicate-edge-id', [
			error(
				'errors/duplicate-edge-id/twice.yaml',
				11,
				5,
				'duplicate id "ketamine-blocks-nmda-receptor"',
				'an edge with the same ends and relation is at line 8; give one of them an "id"'
			)
		]);
	});

	it('duplicate entity id, pointing back at the first', () => {
		expectErrors('errors/duplicate-entity-id', [
			error(
				'errors/duplicate-entity-id/entities.yaml',
				19,
				9,
				'duplicate id "mtor"',
				'already defined at line 11; ids must be unique'
			)
		]);
		// The first definition is kept.
		expect(validateOverlay('errors/duplicate-entity-id').atlas.entities.mtor?.label).toBe('mTOR');
	});

	it('edge to itself', () => {
		expectErrors('errors/self-edge', [
			error(
				'errors/self-edge/loop.yaml',
				8,
				13,
				'edge "ketamine-inhibits-ketamine" goes from "ketamine" to itself',
				'an edge joins two different nodes'
			)
		]);
	});

	it('quote not in its source → an error (never a warning) whose hint shows where it differs', () => {
		const { errors, warnings } = validateOverlay('errors/quote-not-found');
		expect(errors).toEqual([
			error(
				'errors/quote-not-found/misquote.yaml',
				8,
				16,
				'quote not found in source "niciu-2014": "ketamine has rapid and strong antidepressant effects"',
				'the quote differs from the source at character 24, after "ketamine has rapid and ": s (U+0073) in the quote, p (U+0070) in the source'
			)
		]);
		expect(warnings.some((w) => w.message.startsWith('quote not found'))).toBe(false);
	});

	it('background evidence without a note', () => {
		expectErrors('errors/background-without-note', [
			error(
				'errors/background-without-note/bare.yaml',
				7,
				9,
				'background evidence needs a curator "note"',
				'say in one line what is assumed beyond the sources'
			)
		]);
	});

	it('background evidence with a quote', () => {
		expectErrors('errors/background-with-quote', [
			error(
				'errors/background-with-quote/quoted.yaml',
				7,
				18,
				'background evidence cites a reference record, not a source quote',
				'if the source states it, use "support: stated" (or "listed"); otherwise drop source and quote'
			)
		]);
	});

	it('stated evidence without a quote', () => {
		expectErrors('errors/stated-without-quote', [
			error(
				'errors/stated-without-quote/unquoted.yaml',
				7,
				9,
				'stated evidence needs a "source" and a "quote"',
				'quote the source verbatim; if no source says it, use "support: background"'
			)
		]);
	});

	it('unknown field → the nearest field, at the key', () => {
		expectErrors('errors/unknown-field', [
			error(
				'errors/unknown-field/typo.yaml',
				6,
				5,
				'unknown field "lable"',
				'did you mean "label"?'
			)
		]);
	});

	it('an unknown field with no near match points at the schema files', () => {
		const { errors } = validateOverlay('warnings/no-evidence-after-invalid');
		expect(errors).toEqual([
			error(
				'warnings/no-evidence-after-invalid/bare.yaml',
				7,
				5,
				'unknown field "colour"',
				'remove it; see schema/*.schema.json for the fields'
			)
		]);
	});

	it('bad enum value (a relation typo) → did you mean, and the allowed values', () => {
		expectErrors('errors/bad-relation', [
			error(
				'errors/bad-relation/typo.yaml',
				10,
				15,
				'"blokcs" is not allowed here',
				'did you mean "blocks"? (one of: activates, inhibits, blocks, binds, modulates, releases, increases, decreases, leads-to, contains, is-a)'
			)
		]);
	});

	it('bad cross-reference format (hgnc: "1033")', () => {
		const { errors } = validateOverlay('errors/bad-xref');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({
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
			error(
				'errors/unknown-step-element/typo.yaml',
				14,
				12,
				'unknown element "ketamine-block-nmda-receptor"',
				'did you mean "ketamine-blocks-nmda-receptor"?'
			)
		]);
	});

	it('zh translation with a different number of sentences', () => {
		const { errors, atlas } = validateOverlay('errors/zh-sentence-count');
		expect(errors).toEqual([
			error(
				'errors/zh-sentence-count/sources/jelen-2021.yaml',
				25,
				7,
				'the zh translation has 7 sentences but the text has 8',
				'translations are aligned sentence by sentence; end each translated sentence with 。'
			)
		]);
		// The source itself still loads, without the misaligned translation.
		expect(atlas.sources['jelen-2021']?.sentences).toHaveLength(8);
		expect(atlas.sources['jelen-2021']?.zh).toBeUndefined();
	});

	it('YAML syntax error → a located error with a hint, and the other files still validate', () => {
		const { errors, atlas } = validateOverlay('errors/yaml-syntax');
		expect(errors).toEqual([
			error(
				'errors/yaml-syntax/broken.yaml',
				6,
				12,
				'YAML syntax error: Nested mappings are not allowed in compact mappings',
				'a value that contains ": " or starts with a special character must be quoted'
			)
		]);
		expect(atlas.pathways.map((p) => p.id)).toEqual(['ketamine']);
	});

	it('missing entities.yaml', () => {
		const { errors } = validateFixture('no-entities');
		expect(errors[0]).toEqual(
			error(
				'no-entities/entities.yaml',
				1,
				1,
				'the entity catalogue is missing',
				'create entities.yaml with an "entities:" list beside the pathway files; 1 entity reference in the pathways is not checked until this is fixed'
			)
		);
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

describe('warnings', () => {
	it('a node and an edge with no evidence', () => {
		const { errors, warnings } = validateOverlay('warnings/no-evidence');
		expect(errors).toEqual([]);
		expect(warnings).toEqual([
			warning(
				'warnings/no-evidence/bare.yaml',
				10,
				5,
				'node "nmda-receptor" has no evidence',
				'add a quote from a source, or background evidence with a reference and a note'
			),
			warning(
				'warnings/no-evidence/bare.yaml',
				12,
				5,
				'edge "ketamine-blocks-nmda-receptor" has no evidence',
				'add a quote from a source, or background evidence with a reference and a note'
			)
		]);
	});

	it('an orphan node (no edges)', () => {
		const { errors, warnings } = validateOverlay('warnings/orphan-node');
		expect(errors).toEqual([]);
		expect(warnings).toEqual([
			warning(
				'warnings/orphan-node/orphan.yaml',
				10,
				5,
				'node "mtor" has no edges',
				'connect it, or move it to the pathway it belongs to'
			)
		]);
	});

	it('an entity that no pathway uses', () => {
		const { errors, warnings } = validateOverlay('warnings/unused-entity');
		expect(errors).toEqual([]);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatchObject({
			severity: 'warning',
			path: fixturePath('warnings/unused-entity/entities.yaml'),
			line: 21,
			column: 5,
			message: 'entity "eef2" is used by no pathway'
		});
	});

	it('sentences cited by no element and not listed as uncited', () => {
		const { errors, warnings } = validateOverlay('warnings/uncited-sentences');
		expect(errors).toEqual([]);
		expect(warnings).toEqual([
			warning(
				'warnings/uncited-sentences/sources/niciu-2014.yaml',
				14,
				7,
				'1 sentence(s) cited by no element: s5',
				'cite them from a pathway, or list them under "uncited" with a reason'
			)
		]);
	});

	it('a warning about an unused entity points at that entity even after an invalid one', () => {
		const { errors, warnings } = validateOverlay('warnings/unused-entity-after-invalid');
		expect(errors.map((e) => [e.line, e.message])).toEqual([[13, '"enzyme" is not allowed here']]);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatchObject({
			message: 'entity "eef2" is used by no pathway',
			line: 34,
			column: 5
		});
	});

	it('a warning about a node without evidence points at that node even after an invalid one', () => {
		const { warnings } = validateOverlay('warnings/no-evidence-after-invalid');
		expect(warnings).toEqual([
			warning(
				'warnings/no-evidence-after-invalid/bare.yaml',
				13,
				5,
				'node "nmda-receptor" has no evidence',
				'add a quote from a source, or background evidence with a reference and a note'
			)
		]);
	});

	it('every warning carries a hint', () => {
		const hintless = readdir(join(FIXTURES, 'warnings'))
			.flatMap((d) => validateOverlay(`warnings/${d}`).warnings)
			.filter((d) => !d.hint?.trim())
			.map((d) => `${d.path}:${d.line}:${d.column}: ${d.message}`);
		expect(hintless).toEqual([]);
	});
});

describe('a folder with four different problems', () => {
	const result = validateFixture('four-problems');

	it('reports all four in one run, sorted by location', () => {
		expect(result.errors).toEqual([
			error(
				'four-problems/entities.yaml',
				11,
				9,
				'duplicate id "ketamine"',
				'already defined at line 3; ids must be unique'
			),
			error(
				'four-problems/ketamine.yaml',
				8,
				16,
				'quote not found in source "niciu-2014": "The NMDA receptor antagonist ketamine has rapid effects"',
				'closest sentence s1: "The N-methyl-D-aspartate (NMDA) receptor antagonist ketamine has rapid and potent antidepressant effects in treatment-resistant major depressive disorder and…"'
			),
			error(
				'four-problems/ketamine.yaml',
				10,
				13,
				'unknown entity "nmda-receptr"',
				'did you mean "nmda-receptor"?'
			),
			{
				...error(
					'four-problems/notes.yaml',
					5,
					1,
					'YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]'
				),
				hint: expect.stringMatching(/\S/) as unknown as string
			}
		]);
		expect([...result.errors].sort(byLocation)).toEqual(result.errors);
		expect([...result.warnings].sort(byLocation)).toEqual(result.warnings);
	});

	it('still builds what it can: the pathway that parses is in the atlas', () => {
		expect(result.atlas.pathways.map((p) => p.id)).toEqual(['ketamine']);
		expect(Object.keys(result.atlas.entities)).toEqual(['ketamine', 'nmda-receptor']);
	});
});

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
		expect(errors.filter((e) => e.message.includes('quote not found'))).toEqual([]);
	});

	const withPathway = (text: string) =>
		validateAtlas({ ...readFixture('valid'), pathways: [{ path: 'mem/p.yaml', text }] }).errors;

	it('a missing required field is reported at the mapping that lacks it', () => {
		expect(withPathway('summary: s\nnodes:\n  - entity: ketamine\n')).toEqual([
			{
				severity: 'error',
				path: 'mem/p.yaml',
				line: 1,
				column: 1,
				message: 'missing field "title"',
				hint: 'add "title: …"'
			}
		]);
		expect(withPathway('title: t\nsummary: s\nnodes:\n  - label: K\n')).toEqual([
			expect.objectContaining({ line: 4, column: 5, message: 'missing field "entity"' })
		]);
	});

	it('a pathway with no nodes, and nodes that are not a list', () => {
		expect(withPathway('title: t\nsummary: s\nnodes: []\n')).toEqual([
			expect.objectContaining({ line: 3, column: 8, message: 'a pathway has at least one node' })
		]);
		expect(withPathway('title: t\nsummary: s\nnodes: ketamine\n')).toEqual([
			expect.objectContaining({
				line: 3,
				column: 8,
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
				message: 'a pathway file is a mapping with title, summary, nodes and edges'
			})
		]);
	});

	it('an unknown parent compartment', () => {
		const text =
			'title: t\nsummary: s\ncompartments:\n  - id: cell\n    label: Cell\n    parent: tissu\nnodes:\n  - entity: ketamine\n';
		expect(withPathway(text)).toEqual([
			expect.objectContaining({ line: 6, column: 13, message: 'unknown compartment "tissu"' })
		]);
	});

	it('listed evidence that cites a reference record instead of a quote', () => {
		const text =
			'title: t\nsummary: s\nnodes:\n  - entity: mtor\n    evidence:\n      - support: listed\n        reference: pmid-29532791\n';
		expect(withPathway(text)).toEqual([
			{
				severity: 'error',
				path: 'mem/p.yaml',
				line: 7,
				column: 20,
				message: 'listed evidence quotes a source; a reference record is for background evidence',
				hint: 'use "source" and "quote", or "support: background"'
			}
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
				path: niciu.path,
				message: 'quote not found in the source: "Current research is focused on"',
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

function readdir(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
}
