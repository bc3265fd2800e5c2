/** The languages of the interface, and how a feature's table of words is read in one of them. */

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A feature's words (the lecture's, the export form's): one typed object per language. */
export type Texts<T> = Record<Language, T>;

export const textsIn = <T>(texts: Texts<T>, lang: Language): T => texts[lang];
