/**
 * The BroadcastChannel between the windows of one lecture (pages of one browser). Where the
 * browser has no BroadcastChannel, the window simply presents alone.
 */
import type { LectureState } from './lectureState.ts';
import { channelName, helloMessage, parseMessage, respond, stateMessage } from './sync.ts';

export interface LectureLink {
	send(state: LectureState): void;
	close(): void;
}

export interface LinkOptions {
	pathway: string;
	count: number;
	current: () => LectureState;
	adopt: (state: LectureState) => void;
}

export function linkWindows({ pathway, count, current, adopt }: LinkOptions): LectureLink {
	if (typeof BroadcastChannel === 'undefined') return { send() {}, close() {} };
	// Not crypto.randomUUID: a lecture-hall laptop may serve the site over plain http.
	const self = Math.random().toString(36).slice(2);
	let seq = 0;
	const channel = new BroadcastChannel(channelName(pathway));
	channel.onmessage = (event: MessageEvent) => {
		const message = parseMessage(event.data, pathway, self);
		if (!message) return;
		const { adopt: next, reply } = respond(message, { state: current(), seq }, self, count);
		if (next) {
			seq = next.seq;
			adopt(next.state);
		}
		if (reply) channel.postMessage(reply);
	};
	channel.postMessage(helloMessage(pathway, self));
	return {
		send: (state) => channel.postMessage(stateMessage(pathway, self, { state, seq: ++seq })),
		close: () => channel.close()
	};
}
