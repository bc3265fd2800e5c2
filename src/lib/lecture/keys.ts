/**
 * The keys of a presentation. Clickers send PageDown and PageUp (and "." or "b" for a black
 * screen), so those move and blank like the keyboard does. Keys held with Ctrl, Alt or Meta are
 * left to the browser.
 */
export type LectureAction =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'blank' }
	| { type: 'captions' }
	| { type: 'ghost' }
	| { type: 'fullscreen' }
	| { type: 'exit' };

const KEYS: Record<string, LectureAction['type']> = {
	ArrowRight: 'next',
	' ': 'next',
	PageDown: 'next',
	ArrowLeft: 'previous',
	PageUp: 'previous',
	Home: 'first',
	End: 'last',
	b: 'blank',
	'.': 'blank',
	n: 'captions',
	g: 'ghost',
	f: 'fullscreen',
	Escape: 'exit'
};

export interface KeyPress {
	key: string;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

export function lectureAction(press: KeyPress): LectureAction | undefined {
	if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
	const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
	const type = KEYS[key];
	return type ? { type } : undefined;
}
