/**
 * The curated pathways say what kind of study holds up each quoted claim, and show what is
 * contested with its counter-evidence: a lecturer can answer "is that shown in humans, and does
 * everyone agree?" from the atlas alone.
 */
import { describe, expect, it } from 'vitest';
import type { Pathway, PathwayEdge } from '../../src/lib/model/atlas.ts';
import { HUMAN_STUDY_KINDS } from '../../src/lib/schema/vocabulary.ts';
import { realAtlas } from './helpers/figures.ts';

const atlas = realAtlas();
const hypotheses = atlas.pathways.find((p) => p.id === 'ketamine-hypotheses')!;

const edge = (p: Pathway, source: string, target: string): PathwayEdge => {
	const e = p.edges.find((x) => x.source === source && x.target === target);
	if (!e) throw new Error(`no edge ${source} -> ${target} in ${p.id}`);
	return e;
};

const quotedItems = (p: Pathway) =>
	[...(p.hypotheses ?? []), ...p.nodes, ...p.edges].flatMap((el) =>
		el.evidence.filter((e) => e.support !== 'background').map((e) => ({ id: el.id, e }))
	);

describe('study kinds', () => {
	it('says for every stated or listed item what kind of study it rests on', () => {
		const missing = atlas.pathways.flatMap((p) =>
			quotedItems(p)
				.filter(({ e }) => !e.study)
				.map(({ id }) => `${p.id}:${id}`)
		);
		expect(missing).toEqual([]);
		expect(atlas.pathways.flatMap(quotedItems).length).toBeGreaterThan(100);
	});

	it('calls the clinical claims human and the preclinical ones animal', () => {
		const kindOf = (p: string, source: string, target: string) =>
			edge(
				atlas.pathways.find((x) => x.id === p)!,
				source,
				target
			).evidence.find((e) => e.support !== 'background')?.study;
		const clinical = kindOf('clinical-context', 'ketamine', 'treatment-resistant-depression');
		expect(HUMAN_STUDY_KINDS.has(clinical!)).toBe(true);
		expect(kindOf('sigma-1-modulation', 'sigma-1-agonists', 'depression')).toBe('animal-in-vivo');
	});

	it('does not call a review abstract’s pharmacology a human trial', () => {
		const block = edge(hypotheses, 'ketamine', 'nmda-habenula');
		expect(block.evidence.filter((e) => e.study).map((e) => e.study)).not.toContain('human-trial');
	});
});

describe('contested, with counter-evidence', () => {
	const contested = (source: string, target: string) => edge(hypotheses, source, target).contested;

	it.each([
		['the BDNF-TrkB-mTORC1 convergence', 'trkb', 'mtorc1', 'abdallah-2020-rapamycin'],
		['the habenula route', 'lateral-habenula-bursting', 'depression', 'zhou-2021-habenula'],
		['HNK', 'hnk', 'ampa-receptor', 'hnk-learned-helplessness-rat']
	])('marks %s contested, in both languages, with a record', (_, source, target, reference) => {
		const c = contested(source, target);
		expect(c?.reference).toBe(reference);
		expect(c?.note.en.length).toBeGreaterThan(40);
		expect(c?.note.zh).toMatch(/[\u4e00-\u9fff]/);
		expect(atlas.references.get(reference)?.provenance?.confirmed).toContain('title');
	});

	it('keeps no counter-evidence as a plain "Contested." curator note', () => {
		const notes = atlas.pathways.flatMap((p) =>
			[...p.nodes, ...p.edges].flatMap((el) => el.evidence.map((e) => e.note?.en ?? ''))
		);
		expect(notes.filter((n) => n.startsWith('Contested.'))).toEqual([]);
	});
});
