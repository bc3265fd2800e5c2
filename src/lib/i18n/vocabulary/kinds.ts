/** Entity kinds in each language (relations, supports and sentence counts: the files beside it). */
import type { Kind } from '../../schema/vocabulary.ts';
import { everyLanguageOf, type Texts } from '../languages.ts';

export const KIND_NAMES: Record<Kind, Texts<string>> = everyLanguageOf({
	drug: { en: 'drug', zh: '药物' },
	'drug-class': { en: 'drug class', zh: '药物类别' },
	receptor: { en: 'receptor', zh: '受体' },
	'ion-channel': { en: 'ion channel', zh: '离子通道' },
	'cell-type': { en: 'cell type', zh: '细胞类型' },
	neurotransmitter: { en: 'neurotransmitter', zh: '神经递质' },
	hormone: { en: 'hormone', zh: '激素' },
	'growth-factor': { en: 'growth factor', zh: '生长因子' },
	kinase: { en: 'kinase', zh: '激酶' },
	protein: { en: 'protein', zh: '蛋白质' },
	process: { en: 'process', zh: '过程' },
	'brain-region': { en: 'brain region', zh: '脑区' },
	disorder: { en: 'disorder', zh: '疾病' },
	'clinical-outcome': { en: 'clinical outcome', zh: '临床结局' }
});
