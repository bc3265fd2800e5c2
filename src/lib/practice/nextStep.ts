/**
 * "What comes next?": for each lecture step after the first, what it adds. When the step's first
 * new arrow starts (or ends) at a node already drawn, the question names that node and the
 * relation and asks for the other end; otherwise it asks which element of that kind comes in.
 * A node the pathway, or another pathway of the atlas, also connects that way is never a wrong
 * answer.
 */
import type { Language } from '../i18n/languages.ts';
import { fill, PRACTICE_TEXT } from '../i18n/practiceText.ts';
import { KIND_NAMES } from '../i18n/vocabulary/kinds.ts';
import { RELATION_WORDS, relationBefore } from '../i18n/vocabulary/relations.ts';
import type { PathwayEdge, PathwayNode } from '../model/atlas.ts';
import { pick } from '../i18n/localized.ts';
import { elsewhereOptions, nodeById, nodeOption, nodeText, stepsOf } from './elements.ts';
import { evidenceFeedback } from './feedback.ts';
import { chooseOptions } from './options.ts';
import { linkKey } from './subject.ts';
import type { Random } from './random.ts';
import type { PracticeSubject, Question } from './types.ts';

interface Ask {
	prompt: string;
	answer: PathwayNode;
	/** The element the feedback quotes. */
	about: PathwayEdge | PathwayNode;
	/** Whether the atlas also makes a node (by its entity) a right answer. */
	alsoTrue: (entity: string) => boolean;
}

function askFor(s: PracticeSubject, step: number, lang: Language): Ask | undefined {
	const p = s.pathway;
	const first = stepsOf(p);
	const nodes = nodeById(p);
	const before = (id: string) => (first.get(id) ?? step) < step;
	const show = new Set(p.steps[step - 1]?.show ?? []);
	const text = PRACTICE_TEXT[lang];
	const label = (id: string) => nodeText(nodes.get(id) as PathwayNode, lang);
	const edge = p.edges.find((e) => show.has(e.id) && !before(e.id));
	// the arrow's end already drawn is named; the other end is asked for
	const known = !edge
		? undefined
		: before(edge.source)
			? 'source'
			: before(edge.target)
				? 'target'
				: undefined;
	if (edge && known) {
		const asked = known === 'source' ? 'target' : 'source';
		const named = nodes.get(edge[known])?.entity ?? '';
		const link = (x: string) =>
			known === 'source' ? linkKey(named, edge.relation, x) : linkKey(x, edge.relation, named);
		// "what is one of the Sigma receptors?": the known end is the sentence's target
		const relation =
			known === 'target'
				? relationBefore(edge.relation, label(edge.target), lang)
				: RELATION_WORDS[edge.relation][lang];
		const values = { [known]: label(edge[known]), relation };
		return {
			prompt: fill(known === 'source' ? text.nextTarget : text.nextSource, values),
			answer: nodes.get(edge[asked]) as PathwayNode,
			about: edge,
			alsoTrue: (x) => s.links.has(link(x))
		};
	}
	const added = p.nodes.filter((n) => first.get(n.id) === step);
	const answer = added[0];
	if (!answer) return undefined;
	const kind = s.kinds.get(answer.id);
	const kindWord = kind ? KIND_NAMES[kind][lang] : '';
	// what is drawn already does not "come in": not plausible, so left out as well
	const drawn = p.nodes.filter((n) => before(n.id));
	return {
		prompt: fill(text.nextAdded, { kind: kindWord }),
		answer,
		about: answer,
		alsoTrue: (x) => [...added, ...drawn].some((n) => n.entity === x)
	};
}

export function nextQuestion(
	s: PracticeSubject,
	step: number,
	lang: Language,
	random: Random
): Question | undefined {
	const ask = askFor(s, step, lang);
	if (!ask) return undefined;
	const p = s.pathway;
	const kind = s.kinds.get(ask.answer.id);
	const first = stepsOf(p);
	const later = (n: PathwayNode) => (first.get(n.id) ?? 0) >= step;
	const ofKind = (n: PathwayNode) => s.kinds.get(n.id) === kind;
	const opt = (list: PathwayNode[]) => list.map((n) => nodeOption(n, lang));
	const groups = [
		opt(p.nodes.filter((n) => ofKind(n) && later(n))),
		kind ? elsewhereOptions(s, lang, kind) : [],
		opt(p.nodes.filter((n) => ofKind(n))),
		opt(p.nodes),
		elsewhereOptions(s, lang)
	];
	const choice = chooseOptions(nodeOption(ask.answer, lang), groups, ask.alsoTrue, random);
	if (!choice) return undefined;
	const narrated = p.steps[step - 1];
	return {
		id: `next:${step}`,
		kind: 'next',
		prompt: ask.prompt,
		...choice,
		element: ask.about.id,
		step,
		feedback: {
			...(narrated ? { narration: pick(narrated.narration, lang) } : {}),
			...evidenceFeedback(ask.about.evidence, s.records, lang)
		}
	};
}
