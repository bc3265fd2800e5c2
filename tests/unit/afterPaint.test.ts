/** A change is painted before the work that can wait on it (the address following a selection). */
import { describe, expect, it } from 'vitest';
import { afterNextPaint } from '../../src/lib/view/afterPaint.ts';

/** A window whose frames and turns the test runs one at a time. */
function fakeWindow(hidden: boolean) {
	const frames: (() => void)[] = [];
	const turns: (() => void)[] = [];
	return {
		frames,
		turns,
		win: {
			document: { hidden },
			requestAnimationFrame: (callback: () => void) => frames.push(callback),
			setTimeout: (handler: () => void) => turns.push(handler)
		}
	};
}

describe('afterNextPaint', () => {
	it('waits for the next frame, then for a turn of its own after it', () => {
		const { frames, turns, win } = fakeWindow(false);
		let ran = false;
		afterNextPaint(() => (ran = true), win);
		expect(turns).toHaveLength(0);
		expect(frames).toHaveLength(1);
		frames.shift()!();
		// the frame's own work (style, layout, paint) comes before the task
		expect(ran).toBe(false);
		expect(turns).toHaveLength(1);
		turns.shift()!();
		expect(ran).toBe(true);
	});

	it('runs on the next turn in a hidden page, which draws no frames', () => {
		const { frames, turns, win } = fakeWindow(true);
		let ran = false;
		afterNextPaint(() => (ran = true), win);
		expect(frames).toHaveLength(0);
		turns.shift()!();
		expect(ran).toBe(true);
	});
});
