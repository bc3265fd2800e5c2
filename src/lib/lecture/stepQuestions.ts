/**
 * The questions a lecture can put to the class: for each step after the first, the practice
 * generator's "What comes next?" about it. Drawn from a fixed seed per step, so a step is asked
 * the same way in every lecture, in either language.
 */
import type { Language } from '../i18n/languages.ts';
import { nextQuestion } from '../practice/nextStep.ts';
import { seeded } from '../practice/random.ts';
import type { PracticeSubject, Question } from '../practice/types.ts';

/** The question about step n sits at index n − 1; the first step, and any without one, hold null. */
export function stepQuestions(subject: PracticeSubject, lang: Language): (Question | null)[] {
	return subject.pathway.steps.map((_, i) =>
		i === 0 ? null : (nextQuestion(subject, i + 1, lang, seeded(`lecture:next:${i + 1}`)) ?? null)
	);
}
