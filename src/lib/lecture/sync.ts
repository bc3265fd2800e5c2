/**
 * The message protocol that keeps the audience and presenter windows of a lecture in step over a
 * BroadcastChannel. Either window sends its whole state when its own keys change it; a window
 * that opens says hello and adopts the state of whichever window answers. A window never
 * re-sends a state it adopted, so messages cannot bounce back and forth.
 */
import { QUESTION_PHASES, type LectureState } from './lectureState.ts';

export type LectureMessage =
	| { type: 'hello'; pathway: string; sender: string }
	| { type: 'state'; pathway: string; sender: string; state: LectureState };

export const channelName = (pathway: string) => `mechanism-atlas-lecture:${pathway}`;

export const helloMessage = (pathway: string, sender: string): LectureMessage => ({
	type: 'hello',
	pathway,
	sender
});

export const stateMessage = (
	pathway: string,
	sender: string,
	state: LectureState
): LectureMessage => ({ type: 'state', pathway, sender, state: { ...state } });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isState(v: unknown): v is LectureState {
	return (
		isRecord(v) &&
		Number.isInteger(v.step) &&
		typeof v.blank === 'boolean' &&
		typeof v.captions === 'boolean' &&
		typeof v.ghost === 'boolean' &&
		typeof v.verbs === 'boolean' &&
		typeof v.overview === 'boolean' &&
		QUESTION_PHASES.some((phase) => phase === v.question)
	);
}

/** A well-formed message about `pathway` from another window, or undefined. */
export function parseMessage(
	data: unknown,
	pathway: string,
	self: string
): LectureMessage | undefined {
	if (!isRecord(data) || data.pathway !== pathway) return undefined;
	if (typeof data.sender !== 'string' || data.sender === self) return undefined;
	if (data.type === 'hello') return helloMessage(pathway, data.sender);
	if (data.type === 'state' && isState(data.state))
		return stateMessage(pathway, data.sender, data.state);
	return undefined;
}

export interface Response {
	/** The state this window should take on. */
	adopt?: LectureState;
	/** What this window should send back. */
	reply?: LectureMessage;
}

/** What a window does on a message; `count` clamps a step from a window that has other data. */
export function respond(
	message: LectureMessage,
	local: LectureState,
	self: string,
	count: number
): Response {
	if (message.type === 'hello') return { reply: stateMessage(message.pathway, self, local) };
	const step = Math.min(Math.max(1, count), Math.max(1, message.state.step));
	// a window with fewer steps has no next step to ask
	const question = step < count ? message.state.question : 'off';
	return { adopt: { ...message.state, step, question } };
}
