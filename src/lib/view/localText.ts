/** A source's sentences in the reader's language: its translation aligned to the English, where there is one. */
import type { Language } from '../i18n/languages.ts';
import { sentenceIn, type Translated } from '../i18n/localized.ts';

/** The source's translation of sentences `numbers` (1-based) into `lang`, when it has one for each. */
export function alignedTranslation(
	source: Translated,
	numbers: readonly number[],
	lang: Language
): string | undefined {
	const lines = numbers.map((n) => sentenceIn(source, n, lang));
	return lines.length && lines.every(Boolean) ? lines.join('') : undefined;
}
