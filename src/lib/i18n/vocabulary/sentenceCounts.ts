/** The legend's line widths in words, in each language. */
import { everyLanguage, type Texts } from '../languages.ts';

/** "1 sentence", "6 or more sentences". */
export function sentenceCount(n: number, orMore: boolean): Texts<string> {
	return everyLanguage({
		en: `${n}${orMore ? ' or more' : ''} sentence${n === 1 && !orMore ? '' : 's'}`,
		zh: `${n} 个${orMore ? '及以上' : ''}句子`
	});
}
