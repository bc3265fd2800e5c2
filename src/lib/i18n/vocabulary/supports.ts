/**
 * How a source supports an arrow, in each language, in both of its wordings: `short` where space
 * is scarce (the figure's legend and its arrows' titles), `long` where the reader reads (the
 * page's legend, details and captions, the handout, the deck's evidence and notes).
 */
import type { Support } from '../../schema/vocabulary.ts';
import { everyLanguageOf, type Texts } from '../languages.ts';

export interface SupportWords {
	short: string;
	long: string;
}

export const SUPPORT_WORDS: Record<Support, Texts<SupportWords>> = everyLanguageOf({
	stated: {
		en: { short: 'stated in the source', long: 'Stated by the source' },
		zh: { short: '文献明确陈述', long: '文献明确陈述' }
	},
	listed: {
		en: { short: 'listed in the source', long: 'Listed by the source as a proposed mechanism' },
		zh: { short: '文献列举', long: '文献列为可能的机制' }
	},
	background: {
		en: { short: 'background (curator)', long: 'Background: not in the abstracts (curator note)' },
		zh: { short: '背景（编者）', long: '背景：摘要中没有（编者注）' }
	}
});
