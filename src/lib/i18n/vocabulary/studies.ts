/** What kind of study holds up a claim, and the species, in words, in each language. */
import type { Species, StudyKind } from '../../schema/vocabulary.ts';
import { everyLanguage, everyLanguageOf, type Language, type Texts } from '../languages.ts';

export const STUDY_WORDS: Record<StudyKind, Texts<string>> = everyLanguageOf({
	'human-rct': { en: 'Human randomised controlled trial', zh: '人体随机对照试验' },
	'human-trial': {
		en: 'Human clinical trial (design not given)',
		zh: '人体临床试验（设计未说明）'
	},
	'human-observational': {
		en: 'Human open-label, case or observational study',
		zh: '人体开放标签、病例或观察性研究'
	},
	'human-imaging': { en: 'Human imaging or biomarker study', zh: '人体影像或生物标志物研究' },
	'post-mortem': { en: 'Post-mortem human tissue', zh: '人体死后组织研究' },
	'animal-in-vivo': { en: 'Animal study (in vivo)', zh: '动物体内研究' },
	'ex-vivo': { en: 'Brain slice or ex vivo tissue', zh: '脑片或离体组织研究' },
	'in-vitro': { en: 'In vitro (cells or binding assays)', zh: '体外研究（细胞或结合实验）' },
	review: { en: 'Review or consensus statement', zh: '综述或共识陈述' }
});

export const SPECIES_WORDS: Record<Species, Texts<string>> = everyLanguageOf({
	mouse: { en: 'mouse', zh: '小鼠' },
	rat: { en: 'rat', zh: '大鼠' },
	'non-human-primate': { en: 'non-human primate', zh: '非人灵长类' },
	'human-cells': { en: 'human cells', zh: '人源细胞' }
});

const WITH_SPECIES: Texts<(kind: string, species: string) => string> = everyLanguage({
	en: (kind, species) => `${kind}, ${species}`,
	zh: (kind, species) => `${kind}（${species}）`
});

/** The kind in words, with the species after it where one is named. */
export function studyText(study: StudyKind, species: Species | undefined, lang: Language): string {
	const kind = STUDY_WORDS[study][lang];
	if (!species) return kind;
	return WITH_SPECIES[lang](kind, SPECIES_WORDS[species][lang]);
}
