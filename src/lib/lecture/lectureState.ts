/**
 * What both windows of a lecture share: the step, and how the audience screen shows it. Moving
 * while the screen is blank only brings the picture back, as presentation programs do.
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
}

export const initialLecture = (step = 1): LectureState => ({
	step,
	blank: false,
	captions: true,
	ghost: false,
	verbs: true,
	overview: false
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

/** The state after `action`; actions that concern one window only (exit, fullscreen) change nothing. */
export function applyAction(
	state: LectureState,
	action: LectureAction,
	count: number
): LectureState {
	switch (action.type) {
		case 'next':
		case 'previous':
		case 'first':
		case 'last': {
			if (state.blank) return { ...state, blank: false };
			// the overview comes after the last step; a move back leaves it
			if (state.overview && action.type === 'next') return state;
			if (state.overview)
				return { ...state, overview: false, step: leaving({ type: action.type }, state, count) };
			if (action.type === 'next' && state.step >= count) return { ...state, overview: true };
			const step = Math.min(Math.max(1, count), Math.max(1, MOVES[action.type](state.step, count)));
			return step === state.step ? state : { ...state, step };
		}
		case 'overview':
			return { ...state, overview: !state.overview, blank: false };
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
