/** Curated text in the reader's language: the Chinese written beside the English, where there is one. */
import { isTranslation, type Language } from '../i18n/languages.ts';
import type { Source } from '../model/atlas.ts';

/** The curator's translation when a translation is shown and one was written, else the English. */
export const textIn = (lang: Language, en: string, zh: string | undefined): string =>
	(isTranslation(lang) && zh) || en;

/** The source's Chinese translation of sentences `numbers` (1-based), when it has one for each. */
export function alignedChinese(
	source: Pick<Source, 'zh'>,
	numbers: readonly number[]
): string | undefined {
	const lines = numbers.map((n) => source.zh?.[n - 1]);
	return lines.length && lines.every(Boolean) ? lines.join('') : undefined;
}
