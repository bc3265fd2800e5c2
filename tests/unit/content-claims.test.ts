/**
 * Claims a pharmacology lecturer would check arrow by arrow: that each `stated` quote really
 * states the link it is cited for, and that the corrected arrows and summaries stay corrected.
 */
import { describe, expect, it } from 'vitest';
import type { Pathway, PathwayEdge, PathwayNode } from '../../src/lib/model/atlas.ts';
import { inHypothesis } from '../../src/lib/validate/hypotheses.ts';
import { statedQuotesMissingEnds } from '../../src/lib/validate/statedQuotes.ts';
import { realAtlas } from './helpers/figures.ts';

const atlas = realAtlas();

function pathway(id: string): Pathway {
	const p = atlas.pathways.find((x) => x.id === id);
	if (!p) throw new Error(`pathway ${id} is missing`);
	return p;
}

const nodeOfEntity = (p: Pathway, entity: string): PathwayNode | undefined =>
	p.nodes.find((n) => n.entity === entity);

/** Edges between two entities, whatever their node ids. */
function edgesBetween(p: Pathway, from: string, to: string): PathwayEdge[] {
	const entityOf = new Map(p.nodes.map((n) => [n.id, n.entity]));
	return p.edges.filter((e) => entityOf.get(e.source) === from && entityOf.get(e.target) === to);
}

const POSITIVE = new Set(['activates', 'increases', 'leads-to', 'releases']);

describe('every stated quote states its link', () => {
	it('names both ends of its edge, or carries a curator note saying why it states the link', () => {
		expect(statedQuotesMissingEnds(atlas)).toEqual([]);
	});
});

describe('the sign of the NMDA receptor arrow (ketamine-nmda-block)', () => {
	it('draws no positive arrow from the NMDA receptor to an antidepressant effect, anywhere', () => {
		for (const p of atlas.pathways) {
			for (const effect of ['rapid-antidepressant-effect', 'sustained-antidepressant-effect']) {
				const wrong = edgesBetween(p, 'nmda-receptor', effect).filter((e) =>
					POSITIVE.has(e.relation)
				);
				expect(wrong.map((e) => `${p.id}/${e.id}`)).toEqual([]);
			}
		}
	});

	it('draws the effect from ketamine, stated by the first sentence of Niciu 2014', () => {
		const [e] = edgesBetween(
			pathway('ketamine-nmda-block'),
			'ketamine',
			'rapid-antidepressant-effect'
		);
		expect(e?.relation).toBe('leads-to');
		expect(
			e?.evidence.some(
				(x) => x.support === 'stated' && x.source === 'niciu-2014' && x.sentences.includes(1)
			)
		).toBe(true);
	});
});

describe('the time course of synaptogenesis (ketamine-disinhibition)', () => {
	const p = pathway('ketamine-disinhibition');

	it('points synaptogenesis at the sustained effect, never at the rapid one, in any pathway', () => {
		for (const q of atlas.pathways)
			expect(edgesBetween(q, 'synaptogenesis', 'rapid-antidepressant-effect'), q.id).toEqual([]);
		expect(edgesBetween(p, 'synaptogenesis', 'sustained-antidepressant-effect')).toHaveLength(1);
	});

	it('does not narrate the AMPA step as a consequence of NMDA receptors being blocked', () => {
		const step = p.steps.find((s) => s.show.includes('glutamate-activates-ampa-receptor'));
		expect(step?.narration.en).not.toMatch(/NMDA receptors blocked/i);
		expect(step?.narration.en).toMatch(/AMPA receptor antagonist/);
		const edge = p.edges.find((e) => e.id === 'glutamate-activates-ampa-receptor');
		expect(edge?.note?.en).not.toMatch(/NMDA receptors blocked/i);
		expect(edge?.evidence.some((x) => x.support === 'background')).toBe(true);
	});

	it('cites the NMDA receptor node, placed on interneurons, as listed from Jelen 2021 s1, not stated', () => {
		const n = nodeOfEntity(p, 'nmda-receptor');
		expect(
			n?.evidence.some(
				(x) => x.support === 'listed' && x.source === 'jelen-2021' && x.sentences.includes(1)
			)
		).toBe(true);
		expect(n?.evidence.some((x) => x.support === 'stated')).toBe(false);
	});
});

describe('molecular targets', () => {
	const p = pathway('molecular-targets');

	it('does not claim that every target connects through the shared cascade', () => {
		expect(p.summary.en).not.toMatch(/each connects to the shared cascade/i);
		for (const entity of ['monoamines', 'opioid-receptors'])
			expect(edgesBetween(p, 'ketamine', entity), entity).toHaveLength(1);
	});

	it('has lateral habenula bursting drive depression, not "decrease" the drug effect', () => {
		expect(edgesBetween(p, 'lateral-habenula-bursting', 'rapid-antidepressant-effect')).toEqual([]);
		expect(edgesBetween(p, 'lateral-habenula-bursting', 'depression')[0]?.relation).toBe(
			'increases'
		);
		expect(edgesBetween(p, 'nmda-receptor', 'lateral-habenula-bursting')[0]?.relation).toBe(
			'increases'
		);
	});

	it('explains that ketamine inhibits GSK-3 indirectly, through serine-9 phosphorylation', () => {
		const [e] = edgesBetween(p, 'trkb', 'gsk3');
		expect(e?.note?.en).toMatch(/indirect/i);
		expect(e?.note?.en).toMatch(/serine 9/);
		const step = p.steps.find((s) => s.show.includes(e!.id));
		expect(step?.narration.en).toMatch(/serine 9/);
	});
});

describe('sigma-1 modulation', () => {
	const p = pathway('sigma-1-modulation');

	it('states the paradox: sigma-1 agonists potentiate the NMDA responses ketamine blocks', () => {
		const step = p.steps.find((s) => s.show.includes('sigma-1-receptor-modulates-nmda-receptor'));
		expect(step?.narration.en).toMatch(/potentiate/);
		expect(step?.narration.en).not.toMatch(/the same receptor ketamine blocks\.$/);
	});

	it('does not call neurosteroids sex hormones, and names agonists and an antagonist', () => {
		const step = p.steps.find((s) => s.show.includes('neurosteroids'));
		expect(step?.narration.en).not.toMatch(/sex hormones made in the brain/);
		expect(step?.narration.en).toMatch(/agonists/);
		expect(step?.narration.en).toMatch(/progesterone as an antagonist/);
	});

	it('cites bare noun phrases as listed, not stated', () => {
		for (const target of ['acute-psychotic-symptoms', 'negative-symptoms']) {
			const [e] = edgesBetween(p, 'schizophrenia', target);
			expect(e?.evidence.map((x) => x.support)).toEqual(['listed']);
		}
	});
});

describe('clinical context', () => {
	const p = pathway('clinical-context');

	it('does not say being an NMDA receptor antagonist is what sets ketamine apart', () => {
		const narration = p.steps.map((s) => s.narration.en).join(' ');
		expect(narration).not.toMatch(/what sets ketamine apart is that it is an NMDA/i);
		expect(narration).toMatch(/memantine/);
	});

	it('says the relief is rapid but transient', () => {
		expect(p.summary.en).toMatch(/rapid/);
		expect(p.summary.en).toMatch(/transient/);
		expect(p.summary.en).not.toMatch(/relieves/);
	});

	it('gives research aims (a) and (c) their own nodes, off the rapid-effect node', () => {
		const rapid = nodeOfEntity(p, 'rapid-antidepressant-effect')!;
		const aims = rapid.evidence.filter(
			(x) => x.support !== 'background' && /\((a|c)\)/.test(x.quote)
		);
		expect(aims).toEqual([]);
		expect(nodeOfEntity(p, 'sustained-antidepressant-effect')).toBeDefined();
		expect(nodeOfEntity(p, 'response-biomarkers')?.compartment).toBe('aims');
	});

	it('cites the adverse effects from Jelen s2, not from "Research is ongoing"', () => {
		const [e] = edgesBetween(p, 'ketamine', 'side-effects');
		const jelen = e!.evidence.filter(
			(x) => x.support !== 'background' && x.source === 'jelen-2021'
		);
		expect(jelen.flatMap((x) => (x.support === 'background' ? [] : x.sentences))).toEqual([2]);
	});
});

describe('"off-label" is not evidence of efficacy', () => {
	it('never cites the off-label sentence as stated support for ketamine improving depression', () => {
		for (const p of atlas.pathways) {
			for (const e of edgesBetween(p, 'ketamine', 'treatment-resistant-depression')) {
				const offLabel = e.evidence.filter(
					(x) => x.support !== 'background' && /off-label/.test(x.quote)
				);
				for (const x of offLabel) expect(x.support, `${p.id}/${e.id}`).toBe('listed');
				expect(e.evidence.some((x) => x.support === 'stated')).toBe(true);
			}
		}
	});
});

describe('the entity catalogue', () => {
	const entity = (id: string) => atlas.entities.get(id)!;

	it('describes the NMDA receptor with its co-agonist, its Mg2+ block and ketamine as a trapping blocker', () => {
		const d = entity('nmda-receptor').description.en;
		expect(d).toMatch(/glycine or D-serine/);
		expect(d).toMatch(/Mg²⁺ block/);
		expect(d).toMatch(/trapped/);
	});

	it('does not give GSK3B, the β isoform, as a synonym of GSK-3, and calls sigma-1 an ER chaperone', () => {
		expect(entity('gsk3').synonyms.en).not.toContain('GSK3B');
		expect(entity('sigma-1-receptor').description.en).toMatch(/chaperone/);
		expect(entity('sigma-1-receptor').description.en).toMatch(/endoplasmic reticulum/);
	});

	it('uses the usual Chinese terms', () => {
		expect(entity('treatment-resistant-depression').label.zh).toBe('难治性抑郁症');
		expect(entity('lateral-habenula-bursting').label.zh).toBe('外侧缰核簇状放电');
		expect(entity('senile-dementia').label.zh).toBe('老年性痴呆');
		expect(entity('sigma-1-receptor').label.zh).toBe('σ1受体');
		expect(entity('neurosteroids').label.zh).toBe('神经甾体');
		expect(entity('sustained-antidepressant-effect').label.zh).toBe('持续抗抑郁作用');
		expect(entity('selective-nmda-antagonists').label.zh).toBe('选择性NMDA受体拮抗剂');
		expect(entity('trkb').synonyms.en).toContain('原肌球蛋白受体激酶B');
		const all = [...atlas.entities.values()].flatMap((e) => [
			e.label.en,
			e.label.zh ?? '',
			...e.synonyms.en,
			...(e.synonyms.zh ?? [])
		]);
		for (const wrong of ['异恶唑', '治疗抵抗性', '处方外', '缰核爆发', '原肌球蛋白激酶'])
			expect(
				all.filter((x) => x.includes(wrong)),
				wrong
			).toEqual([]);
		const synthesis = entity('synaptic-protein-synthesis');
		expect(synthesis.label.en).toBe('Synaptic protein synthesis');
		expect(synthesis.label.zh).toBe('突触蛋白合成');
	});
});

describe('competing hypotheses (ketamine-hypotheses)', () => {
	const p = pathway('ketamine-hypotheses');
	const hypotheses = p.hypotheses ?? [];
	const view = (h: string) => ({
		...p,
		nodes: p.nodes.filter((n) => inHypothesis(n, h)),
		edges: p.edges.filter((e) => inHypothesis(e, h))
	});
	const reaches = (q: Pathway, from: string, to: string): boolean => {
		const seen = new Set([from]);
		const queue = [from];
		while (queue.length) {
			const at = queue.shift()!;
			if (at === to) return true;
			for (const e of q.edges.filter((x) => x.source === at && !seen.has(x.target))) {
				seen.add(e.target);
				queue.push(e.target);
			}
		}
		return false;
	};

	it('draws the five hypotheses the issue of the field turns on', () => {
		expect(hypotheses.map((h) => h.id)).toEqual([
			'disinhibition',
			'rest-block',
			'extrasynaptic-glun2b',
			'hnk-metabolite',
			'habenula'
		]);
		for (const h of hypotheses) expect(h.label.zh, h.id).toBeTruthy();
	});

	it('supports each hypothesis honestly: listed where an abstract names it, background otherwise, never stated', () => {
		const supports = (id: string) =>
			hypotheses.find((h) => h.id === id)!.evidence.map((e) => e.support);
		for (const id of ['disinhibition', 'rest-block', 'habenula'])
			expect(supports(id), id).toContain('listed');
		for (const id of ['extrasynaptic-glun2b', 'hnk-metabolite'])
			expect(supports(id), id).toEqual(['background']);
		for (const h of hypotheses) {
			expect(supports(h.id)).not.toContain('stated');
			for (const e of h.evidence)
				if (e.support === 'background') expect(e.reference).toBe('pmid-29532791');
		}
	});

	it('gives each hypothesis its own NMDA receptor, where it puts it, and none shared', () => {
		const nmda = p.nodes.filter((n) =>
			['nmda-receptor', 'glun2b-nmda-receptor'].includes(n.entity)
		);
		expect(nmda.map((n) => n.hypotheses)).toEqual([
			['disinhibition'],
			['rest-block'],
			['extrasynaptic-glun2b'],
			['habenula']
		]);
		expect(p.nodes.find((n) => n.id === 'nmda-interneuron')?.compartment).toBe('interneuron');
		expect(p.nodes.find((n) => n.id === 'nmda-habenula')?.compartment).toBe('habenula');
	});

	it('lets the metabolite hypothesis reach BDNF without any NMDA receptor', () => {
		const v = view('hnk-metabolite');
		expect(v.nodes.some((n) => n.entity === 'nmda-receptor')).toBe(false);
		expect(reaches(v, 'ketamine', 'bdnf')).toBe(true);
		expect(hypotheses.find((h) => h.id === 'hnk-metabolite')?.summary.en).toMatch(/contested/);
	});

	it('takes every hypothesis, shown alone, from ketamine to depression', () => {
		for (const h of hypotheses)
			expect(reaches(view(h.id), 'ketamine', 'depression'), h.id).toBe(true);
		expect(reaches(view('habenula'), 'ketamine', 'bdnf')).toBe(false);
		expect(reaches(view('rest-block'), 'ketamine', 'glutamate')).toBe(false);
	});

	it('keeps the sustained effect apart from the rapid one', () => {
		expect(edgesBetween(p, 'synaptogenesis', 'sustained-antidepressant-effect')).toHaveLength(1);
		expect(edgesBetween(p, 'synaptogenesis', 'rapid-antidepressant-effect')).toEqual([]);
		expect(
			edgesBetween(p, 'synaptic-protein-synthesis', 'rapid-antidepressant-effect')
		).toHaveLength(1);
	});

	it('teaches one hypothesis a step, then sets them side by side and says what tells them apart', () => {
		const focused = p.steps.map((s) => s.hypothesis).filter(Boolean);
		expect(focused).toEqual(hypotheses.map((h) => h.id));
		const last = p.steps.at(-1)!;
		expect(last.hypothesis).toBeUndefined();
		expect(last.narration.en).toMatch(/tells them apart/);
	});
});
