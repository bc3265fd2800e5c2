/**
 * The message protocol that keeps the audience and presenter windows of a lecture in step over a
 * BroadcastChannel. Either window sends its whole state when its own keys change it; a window
 * that opens says hello and adopts the state of whichever window answers. A window never
 * re-sends a state it adopted, so messages cannot bounce back and forth.
 *
 * Every state carries a count of moves (`seq`), so a late answer to a hello cannot undo a key
 * pressed after the hello was sent: a window adopts only a state with more moves than its own,
 * or as many from a window whose id sorts later (two keys pressed at once, in two windows).
 */
import { QUESTION_PHASES, type LectureState } from './lectureState.ts';

export type LectureMessage =
	| { type: 'hello'; pathway: string; sender: string }
	| { type: 'state'; pathway: string; sender: string; seq: number; state: LectureState };

/** A window's state and how many moves made it. */
export interface Versioned {
	state: LectureState;
	seq: number;
}

export const channelName = (pathway: string) => `mechanism-atlas-lecture:${pathway}`;

export const helloMessage = (pathway: string, sender: string): LectureMessage => ({
	type: 'hello',
	pathway,
	sender
});

export const stateMessage = (
	pathway: string,
	sender: string,
	{ state, seq }: Versioned
): LectureMessage => ({ type: 'state', pathway, sender, seq, state: { ...state } });

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
	const seq = data.seq;
	if (data.type === 'state' && isState(data.state) && Number.isSafeInteger(seq) && Number(seq) >= 0)
		return stateMessage(pathway, data.sender, { state: data.state, seq: Number(seq) });
	return undefined;
}

export interface Response {
	/** The state this window should take on. */
	adopt?: Versioned;
	/** What this window should send back. */
	reply?: LectureMessage;
}

/** What a window does on a message; `count` clamps a step from a window that has other data. */
export function respond(
	message: LectureMessage,
	local: Versioned,
	self: string,
	count: number
): Response {
	if (message.type === 'hello') return { reply: stateMessage(message.pathway, self, local) };
	if (!isNewer(message, local.seq, self)) return {};
	const step = Math.min(Math.max(1, count), Math.max(1, message.state.step));
	// a window with fewer steps has no next step to ask
	const question = step < count ? message.state.question : 'off';
	return { adopt: { state: { ...message.state, step, question }, seq: message.seq } };
}

/** A window that has not moved yet takes any answer; otherwise more moves win, then the id. */
function isNewer(message: { seq: number; sender: string }, seq: number, self: string): boolean {
	if (message.seq !== seq) return message.seq > seq;
	return seq === 0 || message.sender > self;
}
