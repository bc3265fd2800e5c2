/**
 * A pathway's questions and a round drawn from them. The bank holds every question the pathway
 * yields (the LMS exports write it whole); a round takes up to ROUND_SIZE of them in an order
 * drawn from its seed, the kinds taking turns. A pathway without lecture steps yields none.
 */
import type { Language } from '../i18n/languages.ts';
import { hypothesisQuestion } from './hypothesisQuestion.ts';
import { nextQuestion } from './nextStep.ts';
import { relationQuestion, supportQuestion } from './edgeQuestions.ts';
import { seeded, shuffled } from './random.ts';
import type { PracticeSubject, Question, QuestionKind } from './types.ts';

export const ROUND_SIZE = 10;

type Maker = (random: (id: string) => () => number) => (Question | undefined)[];

function makers(s: PracticeSubject, lang: Language): Maker[] {
	const p = s.pathway;
	const later = p.steps.slice(1).map((_, i) => i + 2);
	return [
		(r) => later.map((n) => nextQuestion(s, n, lang, r(`next:${n}`))),
		(r) => p.edges.map((e) => relationQuestion(s, e, lang, r(`relation:${e.id}`))),
		(r) => p.edges.map((e) => supportQuestion(s, e, lang, r(`support:${e.id}`))),
		(r) =>
			[...p.nodes, ...p.edges].map((el) =>
				hypothesisQuestion(s, el, lang, r(`hypothesis:${el.id}`))
			)
	];
}

/** Every question of the pathway, each one's options in an order drawn from `seed`. */
export function questionBank(s: PracticeSubject, lang: Language, seed: string): Question[] {
	if (!s.pathway.steps.length) return [];
	const random = (id: string) => seeded(`${seed}:${id}`);
	return makers(s, lang).flatMap((make) => make(random).filter((q) => q !== undefined));
}

/** Up to `size` questions of the bank, the kinds taking turns, each kind in a drawn order. */
export function practiceRound(
	s: PracticeSubject,
	lang: Language,
	seed: string,
	size = ROUND_SIZE
): Question[] {
	const random = seeded(seed);
	const byKind = new Map<QuestionKind, Question[]>();
	for (const q of questionBank(s, lang, seed))
		byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
	const queues = shuffled([...byKind.values()], random).map((qs) => shuffled(qs, random));
	const round: Question[] = [];
	while (round.length < size && queues.some((q) => q.length))
		for (const queue of queues) {
			const q = queue.shift();
			if (q && round.length < size) round.push(q);
		}
	return round;
}
