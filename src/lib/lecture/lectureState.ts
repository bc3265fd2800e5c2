/**
 * What both windows of a lecture share: the step, and how the audience screen shows it. Moving
 * while the screen is blank only brings the picture back, as presentation programs do. Asking
 * turns the next step into a question: the next move reveals its answer, the one after it the
 * step, so a clicker runs a class poll.
 */
import type { LectureAction } from './keys.ts';

export interface LectureState {
	/** 1-based. */
	step: number;
	blank: boolean;
	captions: boolean;
	/** Later steps drawn faintly instead of hidden. */
	ghost: boolean;
	/** Each arrow's relation written on it. */
	verbs: boolean;
	/** The whole pathway in view instead of the step: after the last step, or on its key. */
	overview: boolean;
	/** The next step put as a question: asked, then its answer shown; 'off' otherwise. */
	question: QuestionPhase;
}

export const QUESTION_PHASES = ['off', 'asked', 'answered'] as const;
export type QuestionPhase = (typeof QUESTION_PHASES)[number];

export const initialLecture = (step = 1): LectureState => ({
	step,
	blank: false,
	captions: true,
	ghost: false,
	verbs: true,
	overview: false,
	question: 'off'
});

const MOVES = {
	next: (s: number) => s + 1,
	previous: (s: number) => s - 1,
	first: () => 1,
	last: (_: number, count: number) => count
} as const;

/** The step a move out of the overview lands on: back to the step it came from, or an end. */
function leaving(action: { type: keyof typeof MOVES }, state: LectureState, count: number) {
	if (action.type === 'previous') return state.step;
	return MOVES[action.type](state.step, count);
}

/** Whether step `n` (1-based) can be put as a question. */
export type Askable = (n: number) => boolean;

/** Asking, or putting the question away: only for a next step that has a question. */
function toggleQuestion(state: LectureState, count: number, askable: Askable): LectureState {
	if (state.question !== 'off') return { ...state, question: 'off' };
	if (state.blank || state.overview || state.step >= count || !askable(state.step + 1))
		return state;
	return { ...state, question: 'asked' };
}

/** A move while a question is up: forward reveals the answer, then the step; back undoes. */
function questionMove(state: LectureState, type: keyof typeof MOVES): LectureState | undefined {
	if (state.question === 'off' || type === 'first' || type === 'last') return undefined;
	if (type === 'previous')
		return { ...state, question: state.question === 'answered' ? 'asked' : 'off' };
	if (state.question === 'asked') return { ...state, question: 'answered' };
	return { ...state, question: 'off', step: state.step + 1 };
}

function move(state: LectureState, type: keyof typeof MOVES, count: number): LectureState {
	// Home and End leave a question unanswered
	const from: LectureState = state.question === 'off' ? state : { ...state, question: 'off' };
	// the overview comes after the last step; a move back leaves it
	if (from.overview && type === 'next') return from;
	if (from.overview) return { ...from, overview: false, step: leaving({ type }, from, count) };
	if (type === 'next' && from.step >= count) return { ...from, overview: true };
	const step = Math.min(Math.max(1, count), Math.max(1, MOVES[type](from.step, count)));
	return step === from.step ? from : { ...from, step };
}

/** The state after `action`; actions that concern one window only (exit, fullscreen) change nothing. */
export function applyAction(
	state: LectureState,
	action: LectureAction,
	count: number,
	askable: Askable = () => true
): LectureState {
	switch (action.type) {
		case 'next':
		case 'previous':
		case 'first':
		case 'last':
			if (state.blank) return { ...state, blank: false };
			return questionMove(state, action.type) ?? move(state, action.type, count);
		case 'overview':
			return { ...state, overview: !state.overview, blank: false, question: 'off' };
		case 'question':
			return toggleQuestion(state, count, askable);
		case 'blank':
			return { ...state, blank: !state.blank };
		case 'captions':
			return { ...state, captions: !state.captions };
		case 'ghost':
			return { ...state, ghost: !state.ghost };
		case 'verbs':
			return { ...state, verbs: !state.verbs };
		default:
			return state;
	}
}
