/** The languages of the interface, and how a feature's table of words is read in one of them. */

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A feature's words (the lecture's, the export form's): one typed object per language. */
export type Texts<T> = Record<Language, T>;

export const textsIn = <T>(texts: Texts<T>, lang: Language): T => texts[lang];

/** What a language's text needs beyond its words: its tag, its punctuation, its script. */
export interface LanguageTraits {
	/** BCP 47, for `<html lang>`, `lang` and `hreflang`. */
	tag: string;
	/** The address segment of its pages (none: at the site's root). */
	segment?: string;
	/** Added to a pathway's file stem: both languages' exports can share a folder. */
	fileSuffix: string;
	/** Added to a curated field's name for its translation in the pathway files: `titleZh`. */
	fieldSuffix: string;
	/** The key of a label's translation beside `label:` in the pathway files: `zh`. */
	labelKey: string;
	/** After a heading word: "Hypothesis: …", "假说：…". */
	colon: string;
	/** Between words that are joined into a phrase ("Ketamine blocks NMDA receptor"). */
	wordSpace: string;
	/** A remark after a phrase: " (stated)", "（文献明确陈述）". */
	aside: (text: string) => string;
	/** Han text needs its own font files. */
	script: 'latin' | 'han';
}

export const LANGUAGE_TRAITS: Texts<LanguageTraits> = {
	en: {
		tag: 'en',
		fileSuffix: '',
		fieldSuffix: '',
		labelKey: 'label',
		colon: ': ',
		wordSpace: ' ',
		aside: (text) => ` (${text})`,
		script: 'latin'
	},
	zh: {
		tag: 'zh-Hans',
		segment: 'zh',
		fileSuffix: '.zh',
		fieldSuffix: 'Zh',
		labelKey: 'zh',
		colon: '：',
		wordSpace: '',
		aside: (text) => `（${text}）`,
		script: 'han'
	}
};

/** The language the sources and the curated labels are written in; the others translate them. */
export const SOURCE_LANGUAGE: Language = 'en';
export const isTranslation = (lang: Language): boolean => lang !== SOURCE_LANGUAGE;
