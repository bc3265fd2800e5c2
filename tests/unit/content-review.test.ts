/**
 * The second review of the curated atlas, arrow by arrow: ten errors and ten over-claims that a
 * pharmacology lecturer found. Each test fails on the arrow, relation, quote, compartment or
 * text as it was before the correction.
 */
import { describe, expect, it } from 'vitest';
import type { Evidence, Pathway, PathwayEdge, PathwayNode } from '../../src/lib/model/atlas.ts';
import { realAtlas } from './helpers/figures.ts';

const atlas = realAtlas();

function pathway(id: string): Pathway {
	const p = atlas.pathways.find((x) => x.id === id);
	if (!p) throw new Error(`pathway ${id} is missing`);
	return p;
}

const node = (p: Pathway, id: string): PathwayNode => {
	const n = p.nodes.find((x) => x.id === id);
	if (!n) throw new Error(`${p.id}: node ${id} is missing`);
	return n;
};

function edgesBetween(p: Pathway, from: string, to: string): PathwayEdge[] {
	const entityOf = new Map(p.nodes.map((n) => [n.id, n.entity]));
	return p.edges.filter((e) => entityOf.get(e.source) === from && entityOf.get(e.target) === to);
}

const edge = (p: Pathway, source: string, target: string): PathwayEdge => {
	const e = p.edges.find((x) => x.source === source && x.target === target);
	if (!e) throw new Error(`${p.id}: edge ${source} -> ${target} is missing`);
	return e;
};

const supports = (evidence: Evidence[]) => evidence.map((x) => x.support);
const stated = (evidence: Evidence[]) => evidence.filter((x) => x.support === 'stated');

describe('errors', () => {
	const hyp = pathway('ketamine-hypotheses');

	it('has (2R,6R)-HNK increase AMPA receptor transmission indirectly, not activate the receptor', () => {
		const e = edge(hyp, 'hnk', 'ampa-receptor');
		expect(e.relation).toBe('increases');
		expect(e.note?.en).toMatch(/indirect/i);
		expect(e.note?.en).toMatch(/no known direct target/);
		const step = hyp.steps.find((s) => s.show.includes(e.id));
		expect(step?.narration.en).not.toMatch(/\bdirectly/);
		expect(step?.narration.en).toMatch(/indirectly/);
	});

	it('does not say only the habenula route bypasses BDNF; names the monoamine centres instead', () => {
		const last = hyp.steps.at(-1)!;
		expect(last.narration.en).not.toMatch(/bypasses BDNF/);
		expect(last.narration.zh).not.toMatch(/绕过BDNF/);
		expect(last.narration.en).toMatch(/monoamine/);
		expect(last.narration.en).toMatch(/not mutually exclusive/);
		expect(last.narration.en).not.toMatch(/giving the metabolite alone/);
		const e = edge(hyp, 'lateral-habenula-bursting', 'depression');
		expect(e.note?.en).not.toMatch(/does not need BDNF/);
		expect(e.note?.en).toMatch(/monoamine/);
	});

	it('marks the BDNF-TrkB-mTORC1 convergence contested, with the rapamycin study in patients', () => {
		const e = edge(hyp, 'trkb', 'mtorc1');
		expect(e.contested?.reference).toBe('abdallah-2020-rapamycin');
		expect(e.contested?.note.en).toMatch(/rapamycin/);
		expect(hyp.steps[0]!.narration.en).not.toMatch(/Most accounts agree/);
		expect(hyp.steps[0]!.narration.en).toMatch(/contested/);
		expect(hyp.summary.en).toMatch(/convergence that is itself contested/);
		const ref = atlas.references.get('abdallah-2020-rapamycin');
		expect(ref?.unverified).toContain('authors');
		expect(ref?.pmid).toBeUndefined();
		expect(ref?.doi).toBeUndefined();
	});

	it('describes the NMDA receptor as opened by glutamate and co-agonist, Mg2+ blocking the open pore', () => {
		const nmda = atlas.entities.get('nmda-receptor')!;
		expect(nmda.description.en).not.toMatch(/opens only when/);
		expect(nmda.description.en).toMatch(/opened by glutamate together\s+with a co-agonist/);
		expect(nmda.description.en).toMatch(/Mg²⁺ enters the open pore/);
		expect(nmda.description.zh).not.toMatch(/只有在/);
		expect(nmda.description.zh).toMatch(/反竞争性/);
	});

	it('does not draw ketamine as producing a sustained effect that is only a research aim (clinical-context)', () => {
		const p = pathway('clinical-context');
		const sustained = p.nodes.find((n) => n.entity === 'sustained-antidepressant-effect')!;
		expect(sustained.compartment).toBe('aims');
		expect(stated(sustained.evidence)).toEqual([]);
		for (const e of edgesBetween(p, 'ketamine', 'sustained-antidepressant-effect')) {
			expect(e.relation).not.toBe('leads-to');
			expect(stated(e.evidence)).toEqual([]);
		}
		const step = p.steps.find((s) => s.show.includes('sustained-antidepressant-effect'));
		expect(step?.narration.en).toMatch(/not a finding/);
	});

	it('puts block at rest in the hippocampus, where its evidence is, and HNK presynaptic', () => {
		for (const id of ['nmda-rest', 'eef2k', 'eef2'])
			expect(node(hyp, id).compartment, id).toBe('hippocampus');
		const c = hyp.compartments.find((x) => x.id === 'hippocampus');
		expect(c?.label.en).toMatch(/hippocampus/);
		const hnk = edge(hyp, 'hnk', 'ampa-receptor');
		expect(hnk.note?.en).toMatch(/hippocampal/);
		expect(hnk.note?.en).toMatch(/presynaptic/);
	});

	it('has the selective NMDA antagonists tried clinically inhibit the receptor, not block its channel', () => {
		const p = pathway('clinical-context');
		const [e] = edgesBetween(p, 'selective-nmda-antagonists', 'nmda-receptor');
		expect(e?.relation).toBe('inhibits');
		expect(e?.note?.en).toMatch(/negative allosteric modulators/);
		expect(e?.note?.en).toMatch(/glycine site/);
	});

	it('says the (R)-ketamine result was not confirmed against placebo, and esketamine is an add-on', () => {
		const p = pathway('ketamine-enantiomers');
		const [r] = edgesBetween(p, 'r-ketamine', 'treatment-resistant-depression');
		expect(r?.note?.en).toMatch(/no better than placebo/);
		const [s] = edgesBetween(p, 'esketamine-nasal-spray', 'treatment-resistant-depression');
		expect(s?.note?.en).toMatch(/add-on to an oral antidepressant/);
		expect(
			s?.evidence.some((x) => x.support === 'background' && x.reference === 'nami-2019-esketamine')
		).toBe(true);
		expect(p.summary.en).toMatch(/oral antidepressant/);
	});

	it('gives igmesine its caveat: one trial, never in therapeutic use', () => {
		const p = pathway('sigma-1-modulation');
		const [e] = edgesBetween(p, 'igmesine', 'depression');
		expect(e?.note?.en).toMatch(/one clinical trial/);
		expect(e?.note?.en).toMatch(/therapeutic use/);
		expect(atlas.entities.get('igmesine')!.description.en).toMatch(/not come into therapeutic use/);
		const step = p.steps.find((s) => s.show.includes(e!.id));
		expect(step?.narration.en).not.toMatch(/^Indeed/);
		expect(step?.narration.en).toMatch(/therapeutic use/);
	});

	it('draws GSK-3 inside the cascade, switched off by TrkB through Akt, not straight off ketamine', () => {
		const p = pathway('molecular-targets');
		expect(edgesBetween(p, 'ketamine', 'gsk3')).toEqual([]);
		const [e] = edgesBetween(p, 'trkb', 'gsk3');
		expect(e?.relation).toBe('inhibits');
		expect(e?.note?.en).toMatch(/Akt/);
		expect(e?.note?.en).toMatch(/serine 9/);
	});
});

describe('over-claims', () => {
	const hyp = pathway('ketamine-hypotheses');

	it('does not call the generic antagonist quote stated for receptors placed on interneurons, at rest or in the habenula', () => {
		for (const id of ['nmda-interneuron', 'nmda-rest', 'nmda-habenula']) {
			expect(stated(node(hyp, id).evidence), id).toEqual([]);
			expect(stated(edge(hyp, 'ketamine', id).evidence), id).toEqual([]);
			expect(supports(edge(hyp, 'ketamine', id).evidence), id).toContain('listed');
		}
		const dis = pathway('ketamine-disinhibition');
		const nmda = dis.nodes.find((n) => n.entity === 'nmda-receptor')!;
		expect(nmda.compartment).toBe('interneuron');
		expect(stated(nmda.evidence)).toEqual([]);
	});

	it('does not call esketamine effective on the strength of its approval', () => {
		const p = pathway('ketamine-enantiomers');
		const [e] = edgesBetween(p, 'esketamine-nasal-spray', 'treatment-resistant-depression');
		expect(stated(e!.evidence)).toEqual([]);
	});

	it('does not cite "validate ... antidepressant properties" as stated support for speed', () => {
		const p = pathway('clinical-context');
		const [e] = edgesBetween(p, 'ketamine', 'rapid-antidepressant-effect');
		const validate = e!.evidence.filter(
			(x) => x.support !== 'background' && /validate/.test(x.quote)
		);
		expect(validate.map((x) => x.support)).toEqual(['listed']);
	});

	it('grades the preclinical "may exert therapeutic effects" as listed, for depression and dementia', () => {
		const p = pathway('sigma-1-modulation');
		for (const target of ['depression', 'senile-dementia']) {
			const [e] = edgesBetween(p, 'sigma-1-agonists', target);
			expect(supports(e!.evidence), target).toEqual(['listed']);
		}
	});

	it('never cites the (R)-ketamine pilot trial as stated support for racemic ketamine', () => {
		for (const p of atlas.pathways) {
			if (p.id === 'ketamine-enantiomers') continue;
			for (const item of [...p.nodes, ...p.edges])
				for (const x of item.evidence)
					if (x.support === 'stated' && x.source === 'jelen-2021')
						expect(x.sentences, `${p.id}/${item.id}`).not.toContain(6);
		}
	});

	it('grades hedged proposals ("may", "proposed") as listed, not stated', () => {
		const en = pathway('ketamine-enantiomers');
		const [r] = edgesBetween(en, 'r-ketamine', 'sustained-antidepressant-effect');
		const may = r!.evidence.filter((x) => x.support !== 'background' && /may have/.test(x.quote));
		expect(may.map((x) => x.support)).toEqual(['listed']);
		const sg = pathway('sigma-1-modulation');
		const [l] = edgesBetween(sg, 'sigma-1-receptor', 'learning-and-memory');
		expect(supports(l!.evidence)).toEqual(['listed']);
	});

	it('does not read "concerns regarding side effects" as stating that the spray causes them', () => {
		const p = pathway('ketamine-enantiomers');
		const [e] = edgesBetween(p, 'esketamine-nasal-spray', 'side-effects');
		expect(stated(e!.evidence)).toEqual([]);
	});

	it('does not apply "they" (the ligands) to the agonists as a stated claim', () => {
		const p = pathway('sigma-1-modulation');
		for (const target of ['learning-and-memory', 'mood']) {
			const [e] = edgesBetween(p, 'sigma-1-agonists', target);
			const they = e!.evidence.filter(
				(x) => x.support !== 'background' && /they exert/.test(x.quote)
			);
			expect(
				they.map((x) => x.support),
				target
			).toEqual(['listed']);
		}
	});
});

describe('Chinese terms in the curated texts', () => {
	const texts = (p: Pathway) => [
		p.title.zh ?? '',
		p.summary.zh ?? '',
		...p.steps.map((s) => s.narration.zh ?? ''),
		...(p.hypotheses ?? []).flatMap((h) => [h.label.zh ?? '', h.summary.zh ?? '']),
		...[...p.nodes, ...p.edges].flatMap((x) => [
			'label' in x ? (x.label.zh ?? '') : '',
			'note' in x ? (x.note?.zh ?? '') : '',
			...x.evidence.map((e) => e.note?.zh ?? '')
		])
	];

	it('uses 反竞争性 (not 非竞争性), avoids 静息态, and never says 释放eEF2', () => {
		const all = [
			...atlas.pathways.flatMap(texts),
			...[...atlas.entities.values()].map((e) => e.description.zh ?? '')
		].join('\n');
		for (const wrong of ['非竞争性', '静息态', '释放eEF2', '缰核爆发', '处方外用药'])
			expect(all.includes(wrong), wrong).toBe(false);
		expect(all).toMatch(/反竞争性/);
	});
});

describe('source translations', () => {
	it('gives every source a complete, aligned Chinese translation, as the pathways declare Chinese', () => {
		expect(atlas.pathways.every((p) => p.languages?.includes('zh'))).toBe(true);
		for (const s of [...atlas.sources.values()]) {
			expect(s.zh, s.id).toBeDefined();
			expect(s.zh!.length, s.id).toBe(s.sentences.length);
			expect(
				s.zh!.every((x) => x.trim().length > 0),
				s.id
			).toBe(true);
		}
	});

	it("says in the provenance of niciu-2014 and hayashi-2004 that the translation is the curators'", () => {
		for (const id of ['niciu-2014', 'hayashi-2004'])
			expect(atlas.sources.get(id)!.provenance?.note, id).toMatch(
				/Chinese translation .* curators'/s
			);
	});
});
