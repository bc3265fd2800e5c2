/** A source's sentences in the reader's language: its translation aligned to the English, where there is one. */
import { isWritten, LANGUAGES, type Language, type Written } from '../i18n/languages.ts';
import type { Source } from '../model/atlas.ts';

type Translated = Pick<Source, 'zh'>;

/** Where a source keeps its sentences in each written language (the English is the source's own). */
const SENTENCES_IN: Written<(source: Translated) => readonly string[] | undefined> = {
	en: () => undefined,
	zh: (source) => source.zh
};

/** The source's translation of its sentence `n` (1-based) into `lang`, where it has one. */
export const sentenceIn = (source: Translated, n: number, lang: Language): string | undefined =>
	isWritten(lang) ? SENTENCES_IN[lang](source)?.[n - 1] : undefined;

/** The source's translation of sentences `numbers` (1-based) into `lang`, when it has one for each. */
export function alignedTranslation(
	source: Translated,
	numbers: readonly number[],
	lang: Language
): string | undefined {
	const lines = numbers.map((n) => sentenceIn(source, n, lang));
	return lines.length && lines.every(Boolean) ? lines.join('') : undefined;
}

/** The source's sentence `n` (1-based) in every language it is translated into. */
export const sentenceTranslations = (
	source: Translated,
	n: number
): { lang: Language; text: string }[] =>
	LANGUAGES.flatMap((lang) => {
		const text = sentenceIn(source, n, lang);
		return text ? [{ lang, text }] : [];
	});
