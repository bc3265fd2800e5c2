/**
 * Curated text in every language it is written in: the English always, a translation where the
 * curators wrote one. The pathway files keep a translation beside its English under the field's
 * name and the language's suffix (`narration`, `narrationZh`), a label's under the language's
 * label key (`label`, `zh`); parsing gathers them into one value.
 */
import {
	inEach,
	isWritten,
	type Written,
	LANGUAGE_TRAITS,
	LANGUAGES,
	SOURCE_LANGUAGE,
	isTranslation,
	type Language,
	type Texts
} from './languages.ts';

export type Localized = { en: string } & Partial<Record<Language, string>>;

/** Curated words in every language they are written in (an entity's synonyms). */
export type LocalizedList = { en: string[] } & Partial<Record<Language, string[]>>;

/** The text in `lang` when it was written in it, else the English. */
export const pick = (text: Localized, lang: Language): string => text[lang] || text.en;

/** `en` with the translations a record keeps under each language's key (`keyOf(lang)`). */
function gathered(
	record: Readonly<Record<string, unknown>>,
	en: string,
	keyOf: (lang: Language) => string
): Localized {
	const text: Localized = { en };
	for (const lang of LANGUAGES) {
		const made = LANGUAGE_TRAITS[lang].fromEnglish;
		const translated = made ? made(en) : record[keyOf(lang)];
		if (lang !== SOURCE_LANGUAGE && typeof translated === 'string' && translated)
			text[lang] = translated;
	}
	return text;
}

/** The field `name` of a curated record and its translations (`name` + each language's suffix). */
export const localizedField = <K extends string, R extends Readonly<Record<K, string>>>(
	record: R,
	name: K
): Localized => gathered(record, record[name], (lang) => name + LANGUAGE_TRAITS[lang].fieldSuffix);

/** The list field `name` of a curated record and its translations, as `localizedField`. */
export function localizedList(
	record: Readonly<Record<string, unknown>>,
	name: string
): LocalizedList {
	const list: LocalizedList = { en: wordsOf(record[name]) };
	for (const lang of LANGUAGES) {
		const made = LANGUAGE_TRAITS[lang].fromEnglish;
		const translated = made
			? list.en.map(made)
			: wordsOf(record[name + LANGUAGE_TRAITS[lang].fieldSuffix]);
		if (lang !== SOURCE_LANGUAGE && translated.length) list[lang] = translated;
	}
	return list;
}

const wordsOf = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];

/** A label (`label`, else `fallback`) and its translations, each under its language's label key. */
export const localizedLabel = (
	record: Readonly<{ label?: string | undefined }>,
	fallback = ''
): Localized =>
	gathered(record, record.label ?? fallback, (lang) => LANGUAGE_TRAITS[lang].labelKey);

/** The translations of a text, without its English: a label's other lengths, a search's words. */
export const translationsOf = (text: Localized): string[] =>
	LANGUAGES.flatMap((lang) => (lang === SOURCE_LANGUAGE ? [] : (text[lang] ?? [])));

/** The translations of a text with their languages: a label's on a page in the source language. */
export const translationsIn = (text: Localized): { lang: Language; text: string }[] =>
	LANGUAGES.flatMap((lang) => {
		const written = text[lang];
		return isTranslation(lang) && written ? [{ lang, text: written }] : [];
	});

/** `{ [name]: Localized }` when the record has the field written, else nothing. */
export function optionalLocalized<K extends string>(
	record: Readonly<Partial<Record<K, string>>>,
	name: K
): Partial<Record<K, Localized>> {
	if (!record[name]) return {};
	const present = record as Readonly<Record<K, string>>;
	return { [name]: localizedField(present, name) } as Record<K, Localized>;
}

/** The text in every language it is written in, for a search that matches any of them. */
export const everyTranslation = (text: Localized | undefined): string[] =>
	text ? LANGUAGES.flatMap((lang) => text[lang] ?? []) : [];

/** The text as each language's reader sees it: its translation, else the English. */
export const pickEach = (text: Localized): Texts<string> => inEach((lang) => pick(text, lang));

/** The text with `change` made to it in each language it is written in. */
export const mapLocalized = (text: Localized, change: (written: string) => string): Localized =>
	Object.fromEntries(
		LANGUAGES.flatMap((lang) => (text[lang] ? [[lang, change(text[lang])]] : []))
	) as Localized;

/** A source with its translated sentences. */
export type Translated = { readonly zh?: readonly string[] };

/** Where a source keeps its sentences in each written language (the English is the source's own). */
const SENTENCES_IN: Written<(source: Translated) => readonly string[] | undefined> = {
	en: () => undefined,
	zh: (source) => source.zh
};

/** The source's translation of its sentence `n` (1-based) into `lang`, where it has one. */
export const sentenceIn = (source: Translated, n: number, lang: Language): string | undefined =>
	isWritten(lang) ? SENTENCES_IN[lang](source)?.[n - 1] : undefined;
