/**
 * The practice questions' invariants, checked against the pathway itself (not the generator's
 * reasoning), and a generator of small random pathways with steps, evidence and hypotheses.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Evidence, Pathway, PathwayEdge, Source } from '../../../src/lib/model/atlas.ts';
import { LANGUAGES } from '../../../src/lib/i18n/languages.ts';
import { pick } from '../../../src/lib/i18n/localized.ts';
import { fill, PRACTICE_TEXT } from '../../../src/lib/i18n/practiceText.ts';
import { RELATION_WORDS } from '../../../src/lib/i18n/vocabulary/relations.ts';
import { MAX_OPTIONS } from '../../../src/lib/practice/options.ts';
import { practiceSubject } from '../../../src/lib/practice/subject.ts';
import type { PracticeSubject, Question } from '../../../src/lib/practice/types.ts';
import type { Kind, Relation } from '../../../src/lib/schema/vocabulary.ts';
import { splitSentences } from '../../../src/lib/text/sentences.ts';
import { supportingEvidence } from '../../../src/lib/view/supportingEvidence.ts';

/** The keys the pathway makes a right answer to `q` (the generator's own answer among them). */
function rightKeys(s: PracticeSubject, q: Question): Set<string> {
	const p = s.pathway;
	const entity = new Map(p.nodes.map((n) => [n.id, n.entity]));
	const edge = p.edges.find((e) => e.id === q.element);
	const node = p.nodes.find((n) => n.id === q.element);
	const said = atlasLinks(s);
	if (q.kind === 'relation' && edge) {
		const [a, b] = [entity.get(edge.source), entity.get(edge.target)];
		return new Set(said.filter(([x, , y]) => x === a && y === b).map(([, r]) => r ?? ''));
	}
	if (q.kind === 'support' && edge) return new Set(edge.evidence.map((x) => x.support));
	if (q.kind === 'hypothesis') {
		const el = edge ?? node;
		return new Set(el?.hypotheses?.length ? el.hypotheses : ['shared']);
	}
	if (q.kind === 'next' && edge) return nextRight(said, edge, entity, asksTarget(p, edge, q));
	// a step that adds nodes: any node it draws for the first time comes in
	return new Set(p.nodes.filter((n) => firstDrawn(p, n.id) === q.step).map((n) => n.entity));
}

/** The first step that draws a node: naming it, or an arrow from or to it. */
function firstDrawn(p: Pathway, id: string): number | undefined {
	const ends = (x: string) =>
		p.edges.filter((e) => e.id === x).flatMap((e) => [e.source, e.target]);
	const i = p.steps.findIndex((step) => step.show.some((x) => x === id || ends(x).includes(id)));
	return i < 0 ? undefined : i + 1;
}

/** Whether the question names the arrow's source and asks for its target (else the reverse). */
function asksTarget(p: Pathway, edge: PathwayEdge, q: Question): boolean {
	const node = p.nodes.find((n) => n.id === edge.source);
	return LANGUAGES.some((lang) => {
		const source = node ? pick(node.label, lang) : '';
		const relation = RELATION_WORDS[edge.relation][lang];
		return q.prompt === fill(PRACTICE_TEXT[lang].nextTarget, { source, relation });
	});
}

/** Every arrow of the atlas as [source entity, relation, target entity]: this pathway's and the rest. */
function atlasLinks(s: PracticeSubject): string[][] {
	const entity = new Map(s.pathway.nodes.map((n) => [n.id, n.entity]));
	const own = s.pathway.edges.map((e) => [entity.get(e.source), e.relation, entity.get(e.target)]);
	return [...own.map((x) => x.map(String)), ...s.elsewhere.links.map((l) => l.split(' '))];
}

function nextRight(
	said: string[][],
	edge: PathwayEdge,
	entity: Map<string, string>,
	target: boolean
) {
	const [from, to] = [entity.get(edge.source), entity.get(edge.target)];
	return new Set(
		said
			.filter(([x, r, y]) => r === edge.relation && (target ? x === from : y === to))
			.map(([x, , y]) => (target ? y : x) ?? '')
	);
}

const norm = (t: string) => t.replace(/\s+/g, '');

export function expectFair(s: PracticeSubject, q: Question): void {
	const where = `${s.pathway.id} ${q.id}`;
	expect(q.options.length, where).toBeGreaterThanOrEqual(2);
	expect(q.options.length, where).toBeLessThanOrEqual(MAX_OPTIONS);
	expect(new Set(q.options.map((o) => o.key)).size, where).toBe(q.options.length);
	expect(new Set(q.options.map((o) => norm(o.text).toLowerCase())).size, where).toBe(
		q.options.length
	);
	const right = rightKeys(s, q);
	const answer = q.options[q.correct];
	expect(answer && right.has(answer.key), `${where}: the answer is right`).toBe(true);
	const wrongButTrue = q.options.filter((o, i) => i !== q.correct && right.has(o.key));
	expect(wrongButTrue, `${where}: a wrong option the pathway also makes true`).toEqual([]);
	expectQuotedFeedback(s, q);
}

/** The feedback quotes the element's strongest evidence: its real sentence, the quote marked. */
function expectQuotedFeedback(s: PracticeSubject, q: Question): void {
	const el = [...s.pathway.nodes, ...s.pathway.edges].find((x) => x.id === q.element);
	const best = el && supportingEvidence(el.evidence);
	if (!best) return;
	const shown = q.feedback.evidence;
	expect(shown?.support, q.id).toBe(best.support);
	if (best.support === 'background') return;
	const source = s.records.sources.get(best.source) as Source;
	const marked = shown?.parts.filter((part) => part.quoted).map((part) => part.text) ?? [];
	expect(norm(marked.join('')), q.id).toBe(norm(source.text.slice(best.start, best.end)));
	const sentences = best.sentences.map((n) => source.sentences[n - 1]?.text ?? '?');
	expect(norm(shown?.parts.map((part) => part.text).join('') ?? ''), q.id).toBe(
		norm(sentences.join(''))
	);
	expect(shown?.citation, q.id).toContain(`s${best.sentences[0]}`);
}

// ---- generated pathways ----

const TEXT =
	'Alpha binds beta. Beta activates gamma strongly. Gamma leads to delta. Delta is listed.';
const SOURCE: Source = {
	id: 'src',
	title: 'A review',
	authors: ['Doe J'],
	year: 2020,
	unverified: [],
	text: TEXT,
	sentences: splitSentences(TEXT),
	uncited: []
};
/** Two entities share a label, so options must differ in text, not only in key. */
const labelOf = (entity: string) => `Label ${entity === 'f' ? 'e' : entity}`;
const ENTITIES = ['a', 'b', 'c', 'd', 'e', 'f', 'x', 'y', 'z'];
const KINDS: Kind[] = ['drug', 'receptor', 'process'];
const RELATIONS: Relation[] = ['activates', 'inhibits', 'blocks', 'leads-to'];

const evidenceArb: fc.Arbitrary<Evidence> = fc.oneof(
	fc.integer({ min: 0, max: SOURCE.sentences.length - 1 }).chain((i) => {
		const sentence = SOURCE.sentences[i] as { n: number; start: number; end: number };
		return fc.constantFrom<'stated' | 'listed'>('stated', 'listed').map((support) => ({
			support,
			source: 'src',
			quote: TEXT.slice(sentence.start, sentence.start + 5),
			sentences: [sentence.n],
			start: sentence.start,
			end: sentence.start + 5
		}));
	}),
	fc.constant<Evidence>({ support: 'background', reference: 'ref', note: { en: 'Assumed.' } })
);

/** A pathway of 1–7 nodes (entities and labels may repeat), arrows between them, 1–5 steps. */
export const subjectArb: fc.Arbitrary<PracticeSubject> = fc
	.record({
		nodes: fc.array(
			fc.record({
				entity: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
				kind: fc.constantFrom(...KINDS),
				evidence: fc.array(evidenceArb, { minLength: 1, maxLength: 2 }),
				hyp: fc.constantFrom<string[]>([], ['h1'], ['h2'], ['h1', 'h2'])
			}),
			{ minLength: 1, maxLength: 7 }
		),
		edges: fc.array(
			fc.record({
				source: fc.nat(),
				target: fc.nat(),
				relation: fc.constantFrom(...RELATIONS),
				evidence: fc.array(evidenceArb, { minLength: 1, maxLength: 3 }),
				hyp: fc.constantFrom<string[]>([], ['h1'], ['h2'])
			}),
			{ maxLength: 10 }
		),
		stepCount: fc.integer({ min: 1, max: 5 }),
		order: fc.array(fc.nat(), { maxLength: 20 }),
		hypotheses: fc.boolean(),
		elsewhere: fc.array(
			fc.record({ entity: fc.constantFrom('a', 'x', 'y', 'z'), kind: fc.constantFrom(...KINDS) }),
			{ maxLength: 4 }
		),
		links: fc.array(
			fc.tuple(
				fc.constantFrom(...ENTITIES),
				fc.constantFrom(...RELATIONS),
				fc.constantFrom(...ENTITIES)
			),
			{ maxLength: 6 }
		)
	})
	.map((g) => {
		const nodes = g.nodes.map((n, i) => ({
			id: `n${i}`,
			entity: n.entity,
			label: { en: labelOf(n.entity) },
			evidence: n.evidence,
			...(g.hypotheses && n.hyp.length ? { hypotheses: n.hyp } : {})
		}));
		const edges: PathwayEdge[] = g.edges.map((e, i) => ({
			id: `e${i}`,
			source: `n${e.source % nodes.length}`,
			target: `n${e.target % nodes.length}`,
			relation: e.relation,
			evidence: e.evidence,
			...(g.hypotheses && e.hyp.length ? { hypotheses: e.hyp } : {})
		}));
		const ids = [...nodes, ...edges].map((x) => x.id);
		const steps = Array.from({ length: g.stepCount }, (_, k) => ({
			show: ids.filter((_, i) => ((g.order[i] ?? i) + i) % g.stepCount === k),
			narration: { en: `Step ${k + 1}.` }
		})).filter((s) => s.show.length);
		const hypothesis = (id: string) => ({
			id,
			label: { en: id.toUpperCase() },
			summary: { en: id },
			evidence: []
		});
		const pathway: Pathway = {
			id: 'generated',
			title: { en: 'Generated' },
			summary: { en: 'Generated.' },
			direction: 'LR',
			compartments: [],
			nodes,
			edges,
			steps,
			...(g.hypotheses ? { hypotheses: [hypothesis('h1'), hypothesis('h2')] } : {})
		};
		const kinds = new Map(nodes.map((n, i) => [n.id, g.nodes[i]?.kind ?? 'drug']));
		const nodes2 = g.elsewhere.map((d) => ({ ...d, label: { en: labelOf(d.entity) } }));
		const elsewhere = { nodes: nodes2, links: g.links.map((l) => l.join(' ')) };
		const records = {
			sources: new Map([['src', SOURCE]]),
			references: new Map([['ref', { title: 'Ref', unverified: [] }]])
		};
		return practiceSubject(pathway, records, kinds, elsewhere);
	});
