/**
 * Parsing's side of curated text: a field and its translations gathered into one `Localized`
 * value. Apart from `pick`, so that the pages' first script does not carry it.
 */
import { LANGUAGE_TRAITS, LANGUAGES, SOURCE_LANGUAGE } from './languages.ts';
import type { Localized } from './localized.ts';

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
