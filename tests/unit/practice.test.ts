/**
 * The practice questions: generated from every curated pathway and from random ones, each has
 * one right option among up to four distinct ones, no wrong option the pathway also makes true,
 * and feedback quoting the real sentence; the same seed draws the same round.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { practiceRound, questionBank, ROUND_SIZE } from '../../src/lib/practice/round.ts';
import { elsewhere, kindsOf, practiceSubject } from '../../src/lib/practice/subject.ts';
import { realAtlas } from './helpers/figures.ts';
import { expectFair, subjectArb } from './helpers/practice.ts';

const atlas = realAtlas();
const subjects = atlas.pathways.map((p) =>
	practiceSubject(p, atlas, kindsOf(p, atlas.entities), elsewhere(atlas, p))
);

describe('practice questions of the curated pathways', () => {
	it.each(subjects.map((s) => [s.pathway.id, s] as const))('are fair in %s', (_id, s) => {
		for (const lang of LANGUAGES) {
			const bank = questionBank(s, lang, 'seed');
			expect(bank.length).toBeGreaterThan(0);
			for (const q of bank) expectFair(s, q);
		}
	});

	it('ask every kind: what comes next, which way, how supported, which hypothesis', () => {
		const kinds = new Set(subjects.flatMap((s) => questionBank(s, 'en', '1').map((q) => q.kind)));
		expect([...kinds].sort()).toEqual(['hypothesis', 'next', 'relation', 'support']);
	});

	it('ask in Chinese with the curated Chinese labels and narration', () => {
		const s = subjects.find((x) => x.pathway.id === 'ketamine-nmda-block');
		const next = s && questionBank(s, 'zh', '1').find((q) => q.kind === 'next');
		expect(next?.prompt).toMatch(/^下一步：/);
		expect(next?.options.map((o) => o.text)).toContain('NMDA受体');
		expect(next?.feedback.narration).toBe(s?.pathway.steps[1]?.narration.zh);
	});

	it('say why the answer is right with the support level in words', () => {
		const q = questionBank(subjects[0] as (typeof subjects)[0], 'en', '1')[0];
		expect(q?.feedback.supportMeaning).toMatch(/source|curator/);
	});
});

describe('a round', () => {
	const s = subjects.find((x) => x.pathway.id === 'ketamine-hypotheses') as (typeof subjects)[0];

	it('is the same for the same seed, in both languages, and another for another seed', () => {
		const ids = (seed: string, lang: 'en' | 'zh' = 'en') =>
			practiceRound(s, lang, seed).map((q) => `${q.id}/${q.options.map((o) => o.key)}`);
		expect(ids('abc')).toEqual(ids('abc'));
		expect(ids('abc', 'zh')).toEqual(ids('abc'));
		expect(ids('abd')).not.toEqual(ids('abc'));
	});

	it('holds up to ten questions, each kind taking turns', () => {
		const round = practiceRound(s, 'en', 'x');
		expect(round).toHaveLength(ROUND_SIZE);
		expect(new Set(round.slice(0, 4).map((q) => q.kind)).size).toBe(4);
		expect(new Set(round.map((q) => q.id)).size).toBe(round.length);
	});

	it('is empty for a pathway without lecture steps', () => {
		expect(practiceRound({ ...s, pathway: { ...s.pathway, steps: [] } }, 'en', 'x')).toEqual([]);
	});
});

describe('a pathway with fewer elements than options', () => {
	const s = subjects.find((x) => x.pathway.id === 'ketamine-nmda-block') as (typeof subjects)[0];
	const two = (steps: string[][]) => ({
		...s,
		elsewhere: { nodes: [], links: [] },
		pathway: { ...s.pathway, steps: steps.map((show) => ({ show, narration: { en: 'n' } })) }
	});

	it('asks what comes next with as many options as it has nodes', () => {
		const q = questionBank(two([['ketamine'], ['ketamine-blocks-nmda-receptor']]), 'en', '1');
		const next = q.find((x) => x.kind === 'next');
		expect(next?.options.map((o) => o.key).sort()).toEqual(
			['ketamine', 'nmda-receptor', 'rapid-antidepressant-effect'].sort()
		);
	});

	it('asks nothing of a step whose only wrong answers the pathway makes true', () => {
		const only = two([['ketamine'], ['nmda-receptor', 'rapid-antidepressant-effect']]);
		const one = { ...only, pathway: { ...only.pathway, edges: [] } };
		expect(questionBank(one, 'en', '1').filter((x) => x.kind === 'next')).toEqual([]);
	});
});

describe('practice questions of generated pathways', () => {
	it('are fair, with fewer options or none where the pathway has too few elements', () => {
		fc.assert(
			fc.property(subjectArb, fc.string({ maxLength: 6 }), (s, seed) => {
				for (const q of questionBank(s, 'en', seed)) expectFair(s, q);
			}),
			{ numRuns: 300 }
		);
	});

	it('draw the same questions from the same seed', () => {
		fc.assert(
			fc.property(subjectArb, fc.string({ maxLength: 6 }), (s, seed) => {
				expect(practiceRound(s, 'en', seed)).toEqual(practiceRound(s, 'en', seed));
			}),
			{ numRuns: 100 }
		);
	});
});
