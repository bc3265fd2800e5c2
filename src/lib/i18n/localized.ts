/**
 * Curated text in every language it is written in: the English always, a translation where the
 * curators wrote one. The pathway files keep a translation beside its English under the field's
 * name and the language's suffix (`narration`, `narrationZh`); parsing gathers them into one value.
 */
import { LANGUAGE_TRAITS, LANGUAGES, SOURCE_LANGUAGE, type Language } from './languages.ts';

export type Localized = { en: string } & Partial<Record<Language, string>>;

/** The text in `lang` when it was written in it, else the English. */
export const pick = (text: Localized, lang: Language): string => text[lang] || text.en;

/** The field `name` of a curated record and its translations (`name` + each language's suffix). */
export function localizedField<K extends string, R extends Readonly<Record<K, string>>>(
	record: R,
	name: K
): Localized {
	const fields: Readonly<Record<string, unknown>> = record;
	const text: Localized = { en: record[name] };
	for (const lang of LANGUAGES) {
		const translated = fields[`${name}${LANGUAGE_TRAITS[lang].fieldSuffix}`];
		if (lang !== SOURCE_LANGUAGE && typeof translated === 'string' && translated)
			text[lang] = translated;
	}
	return text;
}
