/**
 * "Which hypothesis?": in a pathway with competing hypotheses, which one proposes an element, or
 * whether all share it. An element of two or more (but not all) has no single answer: no question.
 */
import type { Language } from '../i18n/languages.ts';
import { fill, PRACTICE_TEXT } from '../i18n/practiceText.ts';
import type { PathwayEdge, PathwayNode } from '../model/atlas.ts';
import { pick } from '../i18n/localized.ts';
import { hypothesisLabel } from '../view/hypothesisView.ts';
import { claimText, nodeText, stepsOf } from './elements.ts';
import { evidenceFeedback } from './feedback.ts';
import { chooseOptions } from './options.ts';
import type { Random } from './random.ts';
import type { Option, PracticeSubject, Question } from './types.ts';

const SHARED = 'shared';

export function hypothesisQuestion(
	s: PracticeSubject,
	el: PathwayNode | PathwayEdge,
	lang: Language,
	random: Random
): Question | undefined {
	const all = s.pathway.hypotheses ?? [];
	const own = el.hypotheses ?? [];
	if (all.length < 2 || own.length > 1) return undefined;
	const text = PRACTICE_TEXT[lang];
	const options: Option[] = [
		...all.map((h) => ({ key: h.id, text: hypothesisLabel(h, lang) })),
		{ key: SHARED, text: text.shared }
	];
	const answerKey = own[0] ?? SHARED;
	const answer = options.find((o) => o.key === answerKey);
	if (!answer) return undefined;
	const choice = chooseOptions(answer, [options], () => false, random);
	if (!choice) return undefined;
	const isEdge = 'relation' in el;
	const name = isEdge ? claimText(s.pathway, el, lang) : nodeText(el, lang);
	const proposed = all.find((h) => h.id === answerKey);
	return {
		id: `hypothesis:${el.id}`,
		kind: 'hypothesis',
		prompt: fill(text.hypothesis, { element: name }),
		...choice,
		element: el.id,
		step: stepsOf(s.pathway).get(el.id) ?? 1,
		feedback: {
			...evidenceFeedback(el.evidence, s.records, lang),
			...(proposed ? { proposes: pick(proposed.summary, lang) } : {})
		}
	};
}
