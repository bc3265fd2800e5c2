import { describe, expect, it } from 'vitest';
import { clockTime, elapsed } from '../../src/lib/lecture/clock.ts';
import { leavesKeyToElement } from '../../src/lib/lecture/focus.ts';
import {
	LECTURE_KEYS,
	lectureAction,
	lectureKeyHelp,
	withKey,
	type LectureAction
} from '../../src/lib/lecture/keys.ts';
import { applyAction, initialLecture } from '../../src/lib/lecture/lectureState.ts';
import {
	channelName,
	helloMessage,
	parseMessage,
	respond,
	stateMessage,
	type Versioned
} from '../../src/lib/lecture/sync.ts';

const type = (key: string, mods = {}) => lectureAction({ key, ...mods })?.type;

describe('lecture keys', () => {
	it('are one table: every key does its entry’s action, and the help line and labels are read from it', () => {
		for (const [action, entry] of Object.entries(LECTURE_KEYS)) {
			for (const key of entry.keys) expect(type(key), key).toBe(action);
			for (const key of entry.named) expect(entry.keys, action).toContain(key);
			if (entry.help.en) expect(entry.help.zh, action).not.toBe(entry.help.en);
		}
		expect(lectureKeyHelp('en')).toBe(
			'Keys: → Space PageDown next · ← PageUp previous · Home · End · F full screen · ' +
				'B blank · N captions · G later steps · V verbs · O overview · ' +
				'Q ask the next step · Escape explorer'
		);
		expect(lectureKeyHelp('zh')).toMatch(/^按键：→ 空格 PageDown 下一步 · /);
		expect(withKey('Full screen', 'fullscreen', 'en')).toBe('Full screen (F)');
		expect(withKey('返回浏览器视图', 'exit', 'zh')).toBe('返回浏览器视图 (Escape)');
	});
	it('move on with →, Space and PageDown (what clickers send), back with ← and PageUp', () => {
		expect(['ArrowRight', ' ', 'PageDown'].map((k) => type(k))).toEqual(['next', 'next', 'next']);
		expect(['ArrowLeft', 'PageUp'].map((k) => type(k))).toEqual(['previous', 'previous']);
		expect([type('Home'), type('End')]).toEqual(['first', 'last']);
	});
	it('toggle blank (B, or the "." clickers send), captions, ghosting and full screen, either case', () => {
		expect(['b', 'B', '.'].map((k) => type(k))).toEqual(['blank', 'blank', 'blank']);
		expect([type('n'), type('N'), type('g'), type('G'), type('f'), type('F')]).toEqual([
			'captions',
			'captions',
			'ghost',
			'ghost',
			'fullscreen',
			'fullscreen'
		]);
		expect(type('Escape')).toBe('exit');
		expect([type('v'), type('V')]).toEqual(['verbs', 'verbs']);
	});
	it('leave other keys, and keys held with Ctrl, Alt or Meta, to the browser', () => {
		expect(type('x')).toBeUndefined();
		expect(type('Tab')).toBeUndefined();
		expect(type('f', { ctrlKey: true })).toBeUndefined();
		expect(type('ArrowRight', { altKey: true })).toBeUndefined();
		expect(type('b', { metaKey: true })).toBeUndefined();
	});
	it('leave Space and Enter to a focused button, and typing to a text field, but not PageDown', () => {
		const button = { tagName: 'BUTTON' } as unknown as EventTarget;
		const checkbox = { tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget;
		const text = { tagName: 'INPUT', type: 'text' } as unknown as EventTarget;
		expect(leavesKeyToElement({ key: ' ', target: button })).toBe(true);
		expect(leavesKeyToElement({ key: 'Enter', target: checkbox })).toBe(true);
		expect(leavesKeyToElement({ key: 'PageDown', target: button })).toBe(false);
		expect(leavesKeyToElement({ key: 'ArrowRight', target: checkbox })).toBe(false);
		expect(leavesKeyToElement({ key: 'b', target: text })).toBe(true);
		expect(leavesKeyToElement({ key: 'PageDown', target: text })).toBe(false);
		expect(leavesKeyToElement({ key: ' ', target: null })).toBe(false);
	});
});

describe('lecture state', () => {
	const at = (step: number) => initialLecture(step);
	it('steps within 1..count and goes to either end', () => {
		expect(applyAction(at(1), { type: 'next' }, 3).step).toBe(2);
		expect(applyAction(at(1), { type: 'previous' }, 3).step).toBe(1);
		expect(applyAction(at(2), { type: 'last' }, 3).step).toBe(3);
		expect(applyAction(at(3), { type: 'first' }, 3).step).toBe(1);
	});
	it('shows the whole pathway after the last step and on O, and leaves it on a move back', () => {
		const end = applyAction(at(3), { type: 'next' }, 3);
		expect(end).toEqual({ ...at(3), overview: true });
		expect(applyAction(end, { type: 'next' }, 3)).toBe(end);
		expect(applyAction(end, { type: 'previous' }, 3)).toEqual(at(3));
		expect(applyAction(end, { type: 'first' }, 3)).toEqual(at(1));
		const shown = applyAction(at(2), { type: 'overview' }, 3);
		expect(shown).toEqual({ ...at(2), overview: true });
		expect(applyAction(shown, { type: 'overview' }, 3)).toEqual(at(2));
		expect(applyAction(shown, { type: 'previous' }, 3)).toEqual(at(2));
		expect([type('o'), type('O')]).toEqual(['overview', 'overview']);
	});
	it('returns the same state when nothing changes, so nothing is sent', () => {
		const s = at(3);
		expect(applyAction(at(1), { type: 'previous' }, 3)).toEqual(at(1));
		expect(applyAction(s, { type: 'exit' }, 3)).toBe(s);
		expect(applyAction(s, { type: 'fullscreen' }, 3)).toBe(s);
	});
	it('toggles blank, captions, ghosting and verbs (on at first, as in a deck)', () => {
		const s = initialLecture();
		expect(s).toEqual({
			step: 1,
			blank: false,
			captions: true,
			ghost: false,
			verbs: true,
			overview: false,
			question: 'off'
		});
		expect(applyAction(s, { type: 'verbs' }, 3).verbs).toBe(false);
		expect(applyAction(s, { type: 'blank' }, 3).blank).toBe(true);
		expect(applyAction(s, { type: 'captions' }, 3).captions).toBe(false);
		expect(applyAction(s, { type: 'ghost' }, 3).ghost).toBe(true);
	});
	it('brings a blank screen back on a move, without moving', () => {
		const blank = { ...at(2), blank: true };
		expect(applyAction(blank, { type: 'next' }, 3)).toEqual(at(2));
		expect(applyAction(blank, { type: 'previous' }, 3)).toEqual(at(2));
	});
});

describe('window sync protocol', () => {
	const state = {
		step: 4,
		blank: true,
		captions: false,
		ghost: true,
		verbs: false,
		overview: false,
		question: 'asked' as const
	};
	it('names one channel per pathway', () => {
		expect(channelName('a')).not.toBe(channelName('b'));
	});
	it('accepts well-formed messages about this pathway from other windows only', () => {
		const hello = helloMessage('p', 'other');
		expect(parseMessage(hello, 'p', 'me')).toEqual(hello);
		expect(parseMessage(stateMessage('p', 'other', { state, seq: 2 }), 'p', 'me')).toEqual(
			stateMessage('p', 'other', { state, seq: 2 })
		);
		expect(parseMessage(hello, 'q', 'me')).toBeUndefined();
		expect(parseMessage(helloMessage('p', 'me'), 'p', 'me')).toBeUndefined();
		expect(
			parseMessage(
				{ ...stateMessage('p', 'o', { state, seq: 1 }), state: { step: '4' } },
				'p',
				'me'
			)
		).toBe(undefined);
		const unknownPhase = {
			...stateMessage('p', 'o', { state, seq: 1 }),
			state: { ...state, question: 'x' }
		};
		expect(parseMessage(unknownPhase, 'p', 'me')).toBe(undefined);
		for (const seq of [-1, 1.5, '2', undefined])
			expect(parseMessage({ ...stateMessage('p', 'o', { state, seq: 1 }), seq }, 'p', 'me')).toBe(
				undefined
			);
		expect(parseMessage({ type: 'bye', pathway: 'p', sender: 'o' }, 'p', 'me')).toBeUndefined();
		expect(parseMessage(null, 'p', 'me')).toBeUndefined();
		expect(parseMessage('step 4', 'p', 'me')).toBeUndefined();
	});
	it('answers a hello with the whole state, and adopts a state without answering', () => {
		expect(respond(helloMessage('p', 'new'), { state, seq: 3 }, 'me', 12)).toEqual({
			reply: stateMessage('p', 'me', { state, seq: 3 })
		});
		const fresh = { state: initialLecture(), seq: 0 };
		expect(respond(stateMessage('p', 'other', { state, seq: 0 }), fresh, 'me', 12)).toEqual({
			adopt: { state, seq: 0 }
		});
	});
	it('never lets an older state undo a newer move; a tie goes to the later id', () => {
		const moved = { state: initialLecture(2), seq: 1 };
		expect(respond(stateMessage('p', 'a', { state, seq: 0 }), moved, 'me', 12)).toEqual({});
		expect(respond(stateMessage('p', 'a', { state, seq: 1 }), moved, 'me', 12)).toEqual({});
		expect(respond(stateMessage('p', 'z', { state, seq: 1 }), moved, 'me', 12).adopt).toEqual({
			state,
			seq: 1
		});
		expect(respond(stateMessage('p', 'a', { state, seq: 2 }), moved, 'me', 12).adopt?.seq).toBe(2);
	});
	it('clamps a step from a window that has another version of the pathway', () => {
		const far = stateMessage('p', 'other', { state: { ...state, step: 40 }, seq: 1 });
		expect(respond(far, { state: initialLecture(), seq: 0 }, 'me', 12).adopt?.state).toMatchObject({
			step: 12,
			// past the last step there is no next step to ask
			question: 'off'
		});
	});
	it('sends a copy of the state, which survives structured cloning', () => {
		const message = stateMessage('p', 'me', { state, seq: 1 });
		expect(structuredClone(message)).toEqual(message);
		expect(message.type === 'state' && message.state).not.toBe(state);
	});
	// Two windows on an in-memory channel: each message is queued for every other window and
	// delivered when `deliver` runs, so a key can be pressed while an answer is on its way.
	type Window = { id: string; now: Versioned; sent: number };
	function channel(...windows: Window[]) {
		const queue: { to: Window; data: unknown }[] = [];
		const post = (from: Window, data: unknown) => {
			from.sent++;
			for (const to of windows.filter((x) => x !== from)) queue.push({ to, data });
		};
		const press = (w: Window, action: LectureAction) => {
			w.now = { state: applyAction(w.now.state, action, 12), seq: w.now.seq + 1 };
			post(w, stateMessage('p', w.id, w.now));
		};
		const deliver = () => {
			for (let next = queue.shift(); next; next = queue.shift()) {
				const m = parseMessage(structuredClone(next.data), 'p', next.to.id);
				if (!m) continue;
				const r = respond(m, next.to.now, next.to.id, 12);
				if (r.adopt) next.to.now = r.adopt;
				if (r.reply) post(next.to, r.reply);
			}
		};
		return { post, press, deliver };
	}
	const open = (id: string, step?: number): Window => ({
		id,
		now: { state: initialLecture(step), seq: 0 },
		sent: 0
	});
	it('keeps two windows in step whichever moves, with no message bouncing back', () => {
		const [audience, presenter] = [open('audience', 3), open('presenter')];
		const { post, press, deliver } = channel(audience, presenter);
		post(presenter, helloMessage('p', presenter.id));
		deliver();
		expect(presenter.now.state.step).toBe(3);
		press(presenter, { type: 'next' });
		deliver();
		expect(audience.now.state.step).toBe(4);
		press(audience, { type: 'blank' });
		deliver();
		expect(presenter.now.state).toEqual({ ...initialLecture(4), blank: true });
		expect([audience.sent, presenter.sent]).toEqual([2, 2]);
	});
	it('a key pressed before the answer to a hello arrives is not undone by it', () => {
		const [audience, presenter] = [open('audience', 2), open('presenter')];
		const { post, press, deliver } = channel(audience, presenter);
		post(presenter, helloMessage('p', presenter.id));
		press(presenter, { type: 'blank' });
		deliver();
		expect(presenter.now.state.blank).toBe(true);
		expect(audience.now.state).toEqual(presenter.now.state);
	});
	it('two keys pressed at once in two windows end in one state', () => {
		const [audience, presenter] = [open('audience'), open('presenter')];
		const { press, deliver } = channel(audience, presenter);
		press(audience, { type: 'next' });
		press(presenter, { type: 'blank' });
		deliver();
		expect(audience.now).toEqual(presenter.now);
	});
});

describe('presenter clock', () => {
	it('shows the time of day as hours and minutes', () => {
		expect(clockTime(new Date(2026, 0, 1, 9, 5))).toBe('09:05');
		expect(clockTime(new Date(2026, 0, 1, 14, 30))).toBe('14:30');
	});
	it('shows elapsed time as m:ss, then h:mm:ss, never negative', () => {
		expect(elapsed(0)).toBe('0:00');
		expect(elapsed(65_400)).toBe('1:05');
		expect(elapsed(3_723_000)).toBe('1:02:03');
		expect(elapsed(-5000)).toBe('0:00');
	});
});
