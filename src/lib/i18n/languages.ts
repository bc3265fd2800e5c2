/** The languages of the interface, and how a feature's table of words is read in one of them. */
import { pseudoTexts } from './pseudo.ts';

/** Every language the code has tables for: the compiler holds each table to all of them. */
export const ALL_LANGUAGES = ['en', 'zh', 'pseudo'] as const;
export type Language = (typeof ALL_LANGUAGES)[number];

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
	/** Its name in itself, for the language switch. */
	endonym: string;
	/** Added to a curated field's name for its translation in the pathway files: `titleZh`. */
	fieldSuffix: string;
	/** The key of a label's translation beside `label:` in the pathway files: `zh`. */
	labelKey: string;
	/**
	 * A language made from the English by code rather than by translators (the pseudo-locale): its
	 * curated text is this of the English, and the site is built in it only for tests.
	 */
	fromEnglish?: <T>(english: T) => T;
	/** After a heading word: "Hypothesis: …", "假说：…". */
	colon: string;
	/** Ends a sentence that another follows on the same line: "Stated by the source. ", "文献明确陈述。". */
	fullStop: string;
	/** Between words that are joined into a phrase ("Ketamine blocks NMDA receptor"). */
	wordSpace: string;
	/** A remark after a phrase: " (stated)", "（文献明确陈述）". */
	aside: (text: string) => string;
	/** Han text needs its own font files. */
	script: 'latin' | 'han';
}

/** A language people write, whose tables are written rather than made (all but the pseudo-locale). */
export const isWritten = (lang: Language): lang is WrittenLanguage => lang !== 'pseudo';

/** Set (to 1) for a test's process or build made in the pseudo-locale too. */
export const PSEUDO_LOCALE_VARIABLE = 'ATLAS_PSEUDO_LOCALE';
/**
 * Only on a server (Node, or Vite's server side): a browser's bundle, where `SSR` is false,
 * leaves the pseudo-locale and its code out.
 */
const ON_SERVER: boolean = import.meta.env ? import.meta.env.SSR : true;
const PSEUDO_LOCALE = ON_SERVER && process.env[PSEUDO_LOCALE_VARIABLE] === '1';

const ENGLISH: LanguageTraits = {
	tag: 'en',
	endonym: 'English',
	fileSuffix: '',
	fieldSuffix: '',
	labelKey: 'label',
	colon: ': ',
	fullStop: '. ',
	wordSpace: ' ',
	aside: (text) => ` (${text})`,
	script: 'latin'
};

export const LANGUAGE_TRAITS: Texts<LanguageTraits> = {
	en: ENGLISH,
	zh: {
		tag: 'zh-Hans',
		segment: 'zh',
		endonym: '简体中文',
		fileSuffix: '.zh',
		fieldSuffix: 'Zh',
		labelKey: 'zh',
		colon: '：',
		fullStop: '。',
		wordSpace: '',
		aside: (text) => `（${text}）`,
		script: 'han'
	},
	// English's punctuation; where it is off, English's traits stand in (nothing reads them)
	pseudo: PSEUDO_LOCALE
		? {
				...ENGLISH,
				tag: 'en-XA',
				segment: 'xa',
				endonym: '⟦Ƥşḗŭḓǿ⟧',
				fileSuffix: '.xa',
				fieldSuffix: 'Xa',
				labelKey: 'xa',
				fromEnglish: pseudoTexts
			}
		: ENGLISH
};

export const LANGUAGES: readonly Language[] = ALL_LANGUAGES.filter(
	(lang) => isWritten(lang) || PSEUDO_LOCALE
);

/** Each language's name in English, for the curators' messages. */
export const LANGUAGE_NAMES: Texts<string> = {
	en: 'English',
	zh: 'Chinese',
	pseudo: 'the pseudo-locale'
};

/** The languages people write; the others (the pseudo-locale) are made from the English. */
export type WrittenLanguage = Exclude<Language, 'pseudo'>;
/** A feature's words as its translators write them: one object per written language. */
export type Written<T> = Record<WrittenLanguage, T>;

/**
 * A table in every language the site is made in: the written ones, and those made from the
 * English (the pseudo-locale, where it is on).
 */
export function everyLanguage<T>(written: Written<T>): Texts<T> {
	if (!PSEUDO_LOCALE) return written as Texts<T>;
	const made = LANGUAGES.flatMap((lang) => {
		const make = LANGUAGE_TRAITS[lang].fromEnglish;
		return make ? [[lang, make(written.en)] as const] : [];
	});
	return { ...written, ...Object.fromEntries(made) } as Texts<T>;
}

/** A table of words per entry (per kind, per relation), each in every language. */
export const everyLanguageOf = <K extends string, T>(
	table: Record<K, Written<T>>
): Record<K, Texts<T>> =>
	(PSEUDO_LOCALE
		? Object.fromEntries(
				Object.entries<Written<T>>(table).map(([key, written]) => [key, everyLanguage(written)])
			)
		: table) as Record<K, Texts<T>>;

/** A value for each language the site is made in. */
export const inEach = <T>(make: (lang: Language) => T): Texts<T> =>
	Object.fromEntries(LANGUAGES.map((lang) => [lang, make(lang)])) as Texts<T>;

/** The language the sources and the curated labels are written in; the others translate them. */
export const SOURCE_LANGUAGE: Language = 'en';
export const isTranslation = (lang: Language): boolean => lang !== SOURCE_LANGUAGE;
