/**
 * What was tested in people is in the atlas, each with its reference and study kind: the
 * naltrexone and rapamycin trials, the failed selective NMDA antagonist and the failed
 * (R)-ketamine trial, and what contests them.
 */
import { describe, expect, it } from 'vitest';
import type { BackgroundEvidence, Pathway, PathwayEdge } from '../../src/lib/model/atlas.ts';
import { HUMAN_STUDY_KINDS } from '../../src/lib/schema/vocabulary.ts';
import { realAtlas } from './helpers/figures.ts';

const atlas = realAtlas();
const pathway = (id: string) => atlas.pathways.find((p) => p.id === id)!;
const edge = (p: Pathway, source: string, target: string): PathwayEdge => {
	const e = p.edges.find((x) => x.source === source && x.target === target);
	if (!e) throw new Error(`no edge ${source} -> ${target} in ${p.id}`);
	return e;
};
const reference = (id: string) => atlas.references.get(id);
const humanBackground = (e: PathwayEdge, ref: string) =>
	e.evidence.find(
		(x) => x.support === 'background' && x.reference === ref && HUMAN_STUDY_KINDS.has(x.study!)
	);

describe('human evidence in the clinical pathway', () => {
	const clinical = pathway('clinical-context');

	it('draws the naltrexone trial: opioid receptors needed for the rapid effect, contested', () => {
		expect(edge(clinical, 'naltrexone', 'opioid-receptors').relation).toBe('blocks');
		expect(edge(clinical, 'ketamine', 'opioid-receptors').relation).toBe('activates');
		const needed = edge(clinical, 'opioid-receptors', 'rapid-antidepressant-effect');
		expect(needed.relation).toBe('modulates');
		expect(humanBackground(needed, 'williams-2018-naltrexone')?.study).toBe('human-rct');
		expect(needed.contested?.reference).toBe('yoon-2025-ketamine-naltrexone-aud');
	});

	it('draws the rapamycin trial as prolonging the effect, not as an antidepressant', () => {
		const e = edge(clinical, 'rapamycin', 'sustained-antidepressant-effect');
		expect(e.relation).toBe('modulates');
		expect(humanBackground(e, 'abdallah-2020-rapamycin')).toBeDefined();
		expect(clinical.edges.filter((x) => x.source === 'rapamycin')).toHaveLength(1);
	});

	it('says the selective NMDA antagonists tried in patients failed, without an arrow to a disorder', () => {
		const node = clinical.nodes.find((n) => n.id === 'selective-nmda-antagonists')!;
		const item = node.evidence.find(
			(x) => x.support === 'background' && x.reference === 'rislenemdaz-encyclopedia'
		);
		expect(item?.study).toBe('human-trial');
		expect(item?.note?.en).toMatch(/did not show efficacy/);
		expect(
			clinical.edges.filter(
				(x) => x.source === 'selective-nmda-antagonists' && x.relation === 'decreases'
			)
		).toEqual([]);
	});

	it('teaches both trials in a lecture step', () => {
		const shown = clinical.steps.flatMap((s) => s.show);
		for (const id of [
			'naltrexone',
			'opioid-receptors-modulates-rapid-antidepressant-effect',
			'rapamycin-modulates-sustained-antidepressant-effect'
		])
			expect(shown).toContain(id);
	});
});

describe('the failed (R)-ketamine trial', () => {
	const enantiomers = pathway('ketamine-enantiomers');
	it.each([['treatment-resistant-depression'], ['rapid-antidepressant-effect']])(
		'contests (R)-ketamine → %s with the phase IIa result',
		(target) => {
			expect(edge(enantiomers, 'r-ketamine', target).contested?.reference).toBe('biospace-pcn-101');
		}
	);
});

describe('the reference records of the human studies', () => {
	it.each([
		['williams-2018-naltrexone', ['doi']],
		['yoon-2025-ketamine-naltrexone-aud', ['title']],
		['biospace-pcn-101', ['title']],
		['rislenemdaz-encyclopedia', ['title']],
		['abdallah-2020-rapamycin', ['title']]
	])('%s says where it was checked and what that page gave', (id, confirmed) => {
		const r = reference(id)!;
		expect(r.provenance?.page).toMatch(/^https?:\/\//);
		expect(r.provenance?.confirmed).toEqual(confirmed);
		expect(r.provenance?.note?.length).toBeGreaterThan(80);
	});

	it('writes no PMID, DOI or author that the checking page did not show', () => {
		for (const id of [
			'yoon-2025-ketamine-naltrexone-aud',
			'biospace-pcn-101',
			'rislenemdaz-encyclopedia'
		]) {
			const r = reference(id)!;
			expect([r.pmid, r.doi, r.authors]).toEqual([undefined, undefined, undefined]);
		}
		expect(reference('williams-2018-naltrexone')!.pmid).toBeUndefined();
	});
});

describe('sigma-1 as an ER chaperone', () => {
	const sigma = pathway('sigma-1-modulation');
	const bg = (e: PathwayEdge) =>
		e.evidence.filter((x): x is BackgroundEvidence => x.support === 'background');

	it('draws the complex with BiP, the IP3 receptor and calcium into mitochondria', () => {
		expect(edge(sigma, 'sigma-1-receptor', 'bip').relation).toBe('binds');
		expect(edge(sigma, 'sigma-1-receptor', 'bip').note?.en).toMatch(/dissociates from BiP/);
		expect(edge(sigma, 'sigma-1-receptor', 'ip3-receptor').relation).toBe('modulates');
		expect(edge(sigma, 'ip3-receptor', 'er-mitochondria-calcium').relation).toBe('increases');
		for (const [s, t] of [
			['sigma-1-receptor', 'bip'],
			['sigma-1-receptor', 'ip3-receptor'],
			['ip3-receptor', 'er-mitochondria-calcium']
		] as const)
			expect(bg(edge(sigma, s, t)).map((x) => x.reference)).toContain('hayashi-su-2007-cell');
	});

	it('puts the chaperone machinery in the endoplasmic reticulum and teaches it in a step', () => {
		expect(sigma.compartments.find((c) => c.id === 'er')?.label.en).toBe('Endoplasmic reticulum');
		for (const id of ['bip', 'ip3-receptor', 'er-mitochondria-calcium'])
			expect(sigma.nodes.find((n) => n.id === id)?.compartment).toBe('er');
		expect(sigma.steps.flatMap((s) => s.show)).toContain('sigma-1-receptor-modulates-ip3-receptor');
	});

	it('backs the link to NMDA receptor function with the pharmacology review', () => {
		const nmda = edge(sigma, 'sigma-1-receptor', 'nmda-receptor');
		expect(bg(nmda).map((x) => x.reference)).toContain('sigma1-pharmacology-review');
		expect(nmda.note?.en).toMatch(/potentiate/);
	});

	it('confirms the Cell paper on the publisher page, authors included', () => {
		const r = reference('hayashi-su-2007-cell')!;
		expect(r.authors).toEqual(['Hayashi T', 'Su TP']);
		expect(r.provenance?.confirmed).toContain('authors');
		expect(r.provenance?.page).toMatch(/cell\.com/);
		expect(r.pmid).toBeUndefined();
	});
});

describe('the habenula account as its primary study draws it', () => {
	const hyp = pathway('ketamine-hypotheses');
	const refs = (e: PathwayEdge) =>
		e.evidence.map((x) => (x.support === 'background' ? x.reference : undefined));

	it('needs T-type calcium channels for the bursts, in the habenula hypothesis', () => {
		const e = edge(hyp, 't-type-calcium-channels', 'lateral-habenula-bursting');
		expect(e.relation).toBe('increases');
		expect(e.hypotheses).toEqual(['habenula']);
		expect(refs(e)).toContain('yang-2018-habenula');
		expect(e.evidence[0]?.study).toBe('animal-in-vivo');
	});

	it('has the bursts hold back the monoamine reward centres', () => {
		const e = edge(hyp, 'lateral-habenula-bursting', 'monoamine-reward-centres');
		expect(e.relation).toBe('inhibits');
		expect(refs(e)).toContain('yang-2018-habenula');
	});

	it('says ketamine stays trapped in habenular NMDA receptors for about a day, in mice', () => {
		const e = edge(hyp, 'ketamine', 'nmda-habenula');
		const item = e.evidence.find(
			(x) => x.support === 'background' && x.reference === 'ma-2023-nmdar-trapping'
		);
		expect(item?.species).toBe('mouse');
		expect(item?.note?.en).toMatch(/24 hours/);
		expect(hyp.steps.some((s) => /trapped/.test(s.narration.en))).toBe(true);
	});

	it('confirms the habenula study on its PubMed page', () => {
		const r = reference('yang-2018-habenula')!;
		expect(r.pmid).toBe('29446381');
		expect(r.provenance?.page).toBe('https://pubmed.ncbi.nlm.nih.gov/29446381/');
		expect(r.provenance?.confirmed).toEqual(['title', 'pmid', 'doi']);
		expect(reference('ma-2023-nmdar-trapping')!.doi).toBeUndefined();
	});
});
