/** A source's sentences in the reader's language: the Chinese aligned to the English, where there is one. */
import type { Source } from '../model/atlas.ts';

/** The source's Chinese translation of sentences `numbers` (1-based), when it has one for each. */
export function alignedChinese(
	source: Pick<Source, 'zh'>,
	numbers: readonly number[]
): string | undefined {
	const lines = numbers.map((n) => source.zh?.[n - 1]);
	return lines.length && lines.every(Boolean) ? lines.join('') : undefined;
}
