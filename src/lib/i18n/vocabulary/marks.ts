/** The marks an arrow may carry beyond its relation and support, as the legend names them. */
import { everyLanguageOf, type Texts } from '../languages.ts';

export const EDGE_MARKS = ['contested', 'human'] as const;
export type EdgeMark = (typeof EDGE_MARKS)[number];

export const MARK_WORDS: Record<EdgeMark, Texts<string>> = everyLanguageOf({
	contested: { en: 'contested: see the other side', zh: '有争议：见反方证据' },
	human: { en: 'shown in humans', zh: '人体研究所示' }
});
