/**
 * Curated text in every language it is written in: the English always, a translation where the
 * curators wrote one. The pathway files keep a translation beside its English under the field's
 * name and the language's suffix (`narration`, `narrationZh`); parsing gathers them into one value.
 */
import type { Language } from './languages.ts';

export type Localized = { en: string } & Partial<Record<Language, string>>;

/** The text in `lang` when it was written in it, else the English. */
export const pick = (text: Localized, lang: Language): string => text[lang] || text.en;
