/**
 * A lecture's question mode: Q puts the next step as a question, the next move reveals the
 * answer, the one after it the step; clicker keys still move. The questions are the practice
 * generator's "What comes next?", the same each time and in both languages.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import {
	applyAction,
	initialLecture,
	type LectureState
} from '../../src/lib/lecture/lectureState.ts';
import { lectureAction, type LectureAction } from '../../src/lib/lecture/keys.ts';
import { stepQuestions } from '../../src/lib/lecture/stepQuestions.ts';
import { nextQuestion } from '../../src/lib/practice/nextStep.ts';
import { elsewhere, kindsOf, practiceSubject } from '../../src/lib/practice/subject.ts';
import { mulberry32 } from '../../src/lib/practice/random.ts';
import { realAtlas } from './helpers/figures.ts';
import { expectFair } from './helpers/practice.ts';

const COUNT = 5;
/** The states a run of keys goes through, from `start`; step 4 has no question. */
function press(keys: string[], start: LectureState = initialLecture(2)): LectureState[] {
	const states = [start];
	for (const key of keys) {
		const action = lectureAction({ key }) as LectureAction;
		states.push(applyAction(states.at(-1)!, action, COUNT, (n) => n !== 4));
	}
	return states;
}
/** The step and question phase of each state: "2:off 2:asked …". */
const seen = (states: LectureState[]) => states.map((s) => `${s.step}:${s.question}`).join(' ');

describe('lecture question mode', () => {
	it('asks, reveals the answer, then the step, on clicker keys', () => {
		expect(seen(press(['q', 'PageDown', 'PageDown', 'PageDown']))).toBe(
			'2:off 2:asked 2:answered 3:off 4:off'
		);
		expect(seen(press(['Q', ' ', 'ArrowRight']))).toBe('2:off 2:asked 2:answered 3:off');
	});

	it('steps back through the question before the step', () => {
		expect(seen(press(['q', 'PageDown', 'PageUp', 'ArrowLeft', 'PageUp']))).toBe(
			'2:off 2:asked 2:answered 2:asked 2:off 1:off'
		);
	});

	it('Q again, Home, End and the overview put the question away', () => {
		expect(seen(press(['q', 'q']))).toBe('2:off 2:asked 2:off');
		expect(seen(press(['q', 'Home']))).toBe('2:off 2:asked 1:off');
		expect(seen(press(['q', 'End']))).toBe('2:off 2:asked 5:off');
		const overview = press(['q', 'o']).at(-1)!;
		expect(overview).toMatchObject({ overview: true, question: 'off' });
	});

	it('asks nothing past the last step, in the overview, blank, or where the step has no question', () => {
		expect(press(['q'], initialLecture(5)).at(-1)!.question).toBe('off');
		expect(press(['q'], initialLecture(3)).at(-1)!.question).toBe('off');
		expect(press(['o', 'q']).at(-1)!).toMatchObject({ overview: true, question: 'off' });
		expect(press(['b', 'q']).at(-1)!).toMatchObject({ blank: true, question: 'off' });
	});

	it('a clicker on a blank screen brings the question back before it moves on', () => {
		expect(seen(press(['q', 'b', 'PageDown', 'PageDown']))).toBe(
			'2:off 2:asked 2:asked 2:asked 2:answered'
		);
	});
});

describe('the questions a lecture asks', () => {
	const atlas = realAtlas();
	const subjects = atlas.pathways
		.filter((p) => p.steps.length > 1)
		.map((p) => practiceSubject(p, atlas, kindsOf(p, atlas.entities), elsewhere(atlas, p)));

	it.each(subjects.map((s) => [s.pathway.id, s] as const))(
		'are fair, the same each time, about the step they stand for, in %s',
		(_id, s) => {
			for (const lang of LANGUAGES) {
				const questions = stepQuestions(s, lang);
				expect(questions).toHaveLength(s.pathway.steps.length);
				expect(questions[0]).toBeNull();
				expect(questions.filter(Boolean).length).toBeGreaterThan(0);
				expect(stepQuestions(s, lang)).toEqual(questions);
				questions.forEach((q, i) => {
					if (!q)
						return i === 0 || expect(nextQuestion(s, i + 1, lang, mulberry32(1))).toBeUndefined();
					expect(q).toMatchObject({ kind: 'next', step: i + 1 });
					expectFair(s, q);
				});
			}
		}
	);

	it('put the options in the same order in English and Chinese', () => {
		for (const s of subjects) {
			const keys = (lang: 'en' | 'zh') =>
				stepQuestions(s, lang).map((q) => q?.options.map((o) => o.key));
			expect(keys('zh'), s.pathway.id).toEqual(keys('en'));
		}
	});
});
