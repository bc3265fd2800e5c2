/**
 * Keys that belong to the focused control rather than to the lecture: Space and Enter press a
 * focused button, link, menu or checkbox; any key types into a text field. Everything else, and
 * PageUp and PageDown from a clicker always, moves the lecture.
 */
import { lectureAction, type LectureAction } from './keys.ts';

const PRESSABLE = new Set(['BUTTON', 'A', 'SUMMARY', 'LABEL', 'INPUT']);
const TYPING = new Set(['TEXTAREA', 'SELECT']);
const PRESSED_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

export interface KeyTarget {
	key: string;
	target: EventTarget | null;
}

export function leavesKeyToElement({ key, target }: KeyTarget): boolean {
	const element = target as { tagName?: unknown; type?: unknown } | null;
	const tag = element?.tagName;
	if (typeof tag !== 'string') return false;
	const textField = tag === 'INPUT' && !PRESSED_INPUTS.has(String(element?.type));
	if (TYPING.has(tag) || textField) return key !== 'PageUp' && key !== 'PageDown';
	return PRESSABLE.has(tag) && (key === ' ' || key === 'Enter');
}

/** A window's keydown handler: the lecture's keys go to `act`, and the browser does nothing more. */
export function lectureKeys(act: (action: LectureAction) => void) {
	return (event: KeyboardEvent) => {
		const action = lectureAction(event);
		if (!action || leavesKeyToElement(event)) return;
		event.preventDefault();
		act(action);
	};
}
