/**
 * One window's side of a lecture: the shared state, moved by this window's keys and kept in step
 * with the other windows of the same lecture.
 */
import { linkWindows, type LectureLink } from './channel.ts';
import type { LectureAction } from './keys.ts';
import { applyAction, initialLecture, type Askable, type LectureState } from './lectureState.ts';

export class LectureSession {
	state = $state<LectureState>(initialLecture());
	/** Whether this window has joined the others (and its keys reach them). */
	linked = $state(false);
	#link: LectureLink | undefined;

	constructor(
		readonly pathway: string,
		readonly count: number,
		/** Which steps have a question to put to the class. */
		private readonly askable: Askable = () => false
	) {}

	/** Joins the other windows; returns the function that leaves them. */
	connect(): () => void {
		this.#link = linkWindows({
			pathway: this.pathway,
			count: this.count,
			current: () => this.state,
			adopt: (state) => (this.state = state)
		});
		this.linked = true;
		return () => this.#link?.close();
	}

	act(action: LectureAction): void {
		const next = applyAction(this.state, action, this.count, this.askable);
		if (next === this.state) return;
		this.state = next;
		this.#link?.send(next);
	}

	/** Starts at a step without telling the other windows (a page load, not a key). */
	start(step: number): void {
		this.state = { ...this.state, step };
	}
}
