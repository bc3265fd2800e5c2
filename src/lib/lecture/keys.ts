/**
 * The keys of a presentation, one entry per action: the keys that do it (KeyboardEvent.key), the
 * ones the help line names, and its words there. The key handler, the help line and the menu's
 * labels read this table; adding a key is one entry here and its effect (lectureState.ts, or the
 * route for what leaves the page). Clickers send PageDown and PageUp (and "." or "b" for a black
 * screen), so those move and blank like the keyboard does. Keys held with Ctrl, Alt or Meta are
 * left to the browser.
 */
import { everyLanguage, LANGUAGE_TRAITS, type Language, type Texts } from '../i18n/languages.ts';

interface LectureKey {
	keys: readonly string[];
	/** The keys the help line names (a clicker's "." goes unnamed). */
	named: readonly string[];
	/** What the action does, in the help line; empty where the keys say it (Home, End). */
	help: Texts<string>;
}

export const LECTURE_KEYS = {
	next: {
		keys: ['ArrowRight', ' ', 'PageDown'],
		named: ['ArrowRight', ' ', 'PageDown'],
		help: everyLanguage({ en: 'next', zh: '下一步' })
	},
	previous: {
		keys: ['ArrowLeft', 'PageUp'],
		named: ['ArrowLeft', 'PageUp'],
		help: everyLanguage({ en: 'previous', zh: '上一步' })
	},
	first: { keys: ['Home'], named: ['Home'], help: everyLanguage({ en: '', zh: '' }) },
	last: { keys: ['End'], named: ['End'], help: everyLanguage({ en: '', zh: '' }) },
	fullscreen: { keys: ['f'], named: ['f'], help: everyLanguage({ en: 'full screen', zh: '全屏' }) },
	blank: { keys: ['b', '.'], named: ['b'], help: everyLanguage({ en: 'blank', zh: '黑屏' }) },
	captions: { keys: ['n'], named: ['n'], help: everyLanguage({ en: 'captions', zh: '字幕' }) },
	ghost: { keys: ['g'], named: ['g'], help: everyLanguage({ en: 'later steps', zh: '后续步骤' }) },
	verbs: { keys: ['v'], named: ['v'], help: everyLanguage({ en: 'verbs', zh: '关系' }) },
	overview: { keys: ['o'], named: ['o'], help: everyLanguage({ en: 'overview', zh: '总览' }) },
	question: {
		keys: ['q'],
		named: ['q'],
		help: everyLanguage({ en: 'ask the next step', zh: '提问下一步' })
	},
	exit: { keys: ['Escape'], named: ['Escape'], help: everyLanguage({ en: 'explorer', zh: '返回' }) }
} as const satisfies Record<string, LectureKey>;

export type LectureAction = { type: keyof typeof LECTURE_KEYS };
type ActionType = LectureAction['type'];

const ACTIONS = Object.keys(LECTURE_KEYS) as ActionType[];
const BY_KEY = new Map<string, ActionType>(
	ACTIONS.flatMap((a) => LECTURE_KEYS[a].keys.map((k) => [k, a] as const))
);

export interface KeyPress {
	key: string;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
}

export function lectureAction(press: KeyPress): LectureAction | undefined {
	if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
	const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
	const type = BY_KEY.get(key);
	return type ? { type } : undefined;
}

const KEY_NAMES: Record<string, Texts<string>> = {
	ArrowRight: everyLanguage({ en: '→', zh: '→' }),
	ArrowLeft: everyLanguage({ en: '←', zh: '←' }),
	' ': everyLanguage({ en: 'Space', zh: '空格' })
};
const KEYS_WORD: Texts<string> = everyLanguage({ en: 'Keys', zh: '按键' });
const keyName = (key: string, lang: Language) =>
	KEY_NAMES[key]?.[lang] ?? (key.length === 1 ? key.toUpperCase() : key);

/** "Keys: → Space PageDown next · … · Escape explorer", from the table. */
export function lectureKeyHelp(lang: Language): string {
	const entries = ACTIONS.map((a) => {
		const { named, help } = LECTURE_KEYS[a];
		return [...named.map((k) => keyName(k, lang)), help[lang]].filter(Boolean).join(' ');
	});
	return `${KEYS_WORD[lang]}${LANGUAGE_TRAITS[lang].colon}${entries.join(' · ')}`;
}

/** A menu label with the key that does the same: "Full screen (F)". */
export const withKey = (label: string, action: ActionType, lang: Language): string =>
	`${label} (${keyName(LECTURE_KEYS[action].named[0]!, lang)})`;
