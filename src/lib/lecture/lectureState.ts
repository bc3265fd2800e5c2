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
}

export const initialLecture = (step = 1): LectureState => ({
	step,
	blank: false,
	captions: true,
	ghost: false,
	verbs: true
});

const MOVES = {
	next: (s: number) => s + 1,
	previous: (s: number) => s - 1,
	first: () => 1,
	last: (_: number, count: number) => count
} as const;

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
			const step = Math.min(Math.max(1, count), Math.max(1, MOVES[action.type](state.step, count)));
			return step === state.step ? state : { ...state, step };
		}
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
