import { describe, expect, it } from 'vitest';
import { byLocation } from '../../src/lib/diagnostics.ts';
import type { QuotedEvidence } from '../../src/lib/model/atlas.ts';
import { findQuote } from '../../src/lib/text/findQuote.ts';
import { expectProblems, problem } from './helpers/diagnostics.ts';
import { validateFixture } from './helpers/fixtures.ts';

describe('the valid fixture', () => {
	const { atlas, errors, warnings } = validateFixture('valid');

	it('has no errors and no warnings', () => {
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
	});

	it('builds the atlas: entities, references, sources and the pathway', () => {
		expect([...atlas.entities.keys()].sort()).toEqual([
			'ketamine',
			'mtor',
			'nmda-receptor',
			'rapid-antidepressant-effect'
		]);
		expect([...atlas.references.keys()]).toEqual(['pmid-29532791']);
		expect([...atlas.sources.keys()].sort()).toEqual(['jelen-2021', 'niciu-2014']);
		expect(atlas.sources.get('jelen-2021')?.zh).toHaveLength(8);
		expect(atlas.pathways).toHaveLength(1);
		const p = atlas.pathways[0]!;
		expect(p.id).toBe('ketamine');
		expect(p.direction).toBe('TB');
		expect(p.nodes.map((n) => [n.id, n.entity, n.label.en])).toEqual([
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
			{ id: 'synapse', label: { en: 'Glutamatergic synapse', zh: '谷氨酸能突触' }, kind: 'synapse' }
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
		const niciu = atlas.sources.get('niciu-2014')!.text;
		const jelen = atlas.sources.get('jelen-2021')!.text;

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
				note: {
					en: 'The fixture assumes that NMDA receptor block reaches mTOR.',
					zh: '本测试数据假定NMDA受体阻断会影响mTOR。'
				}
			}
		]);
		expect(quoted(p.edges[2]!)).toMatchObject({ support: 'listed', sentences: [4] });

		for (const el of [...p.nodes, ...p.edges]) {
			for (const e of el.evidence) {
				if (e.support === 'background') continue;
				const text = atlas.sources.get(e.source)!.text;
				expect(findQuote(text, e.quote)).toEqual({ start: e.start, end: e.end });
			}
		}
	});

	it('resolves deliberately uncited quotes to their sentences', () => {
		expect(atlas.sources.get('niciu-2014')!.uncited.map((u) => u.sentence)).toEqual([3, 5]);
		expect(atlas.sources.get('jelen-2021')!.uncited.map((u) => u.sentence)).toEqual([
			2, 3, 4, 5, 6, 7, 8
		]);
	});

	it('gives the same result every time', () => {
		expect(validateFixture('valid')).toEqual(validateFixture('valid'));
	});
});

describe('a folder with four different problems', () => {
	const result = validateFixture('four-problems');

	it('reports all four in one run, sorted by location', () => {
		expectProblems(result.errors, [
			problem(
				'duplicate-id',
				'four-problems/entities.yaml',
				11,
				9,
				'already defined at line 3; ids must be unique'
			),
			problem(
				'quote-not-in-source',
				'four-problems/ketamine.yaml',
				8,
				16,
				'closest sentence s1: "The N-methyl-D-aspartate (NMDA) receptor antagonist ketamine has rapid and potent antidepressant effects in treatment-resistant major depressive disorder and…"'
			),
			problem(
				'unknown-entity',
				'four-problems/ketamine.yaml',
				10,
				13,
				'did you mean "nmda-receptor"?'
			),
			problem('yaml-syntax', 'four-problems/notes.yaml', 5, 1)
		]);
		expect([...result.errors].sort(byLocation)).toEqual(result.errors);
		expect([...result.warnings].sort(byLocation)).toEqual(result.warnings);
	});

	it('still builds what it can: the pathway that parses is in the atlas', () => {
		expect(result.atlas.pathways.map((p) => p.id)).toEqual(['ketamine']);
		expect([...result.atlas.entities.keys()]).toEqual(['ketamine', 'nmda-receptor']);
	});
});
