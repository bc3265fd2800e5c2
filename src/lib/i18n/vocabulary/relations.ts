/**
 * Relations in each language, apart from the kind names: the pathway page reads these, and a
 * module shared with the exporters would bring the kind names along. No relation is worded from
 * its id anywhere else.
 */
import type { Relation } from '../../schema/vocabulary.ts';
import { everyLanguage, everyLanguageOf, type Language, type Texts } from '../languages.ts';

export const RELATION_WORDS: Record<Relation, Texts<string>> = everyLanguageOf({
	activates: { en: 'activates', zh: '激活' },
	inhibits: { en: 'inhibits', zh: '抑制' },
	blocks: { en: 'blocks', zh: '阻断' },
	binds: { en: 'binds', zh: '结合' },
	modulates: { en: 'modulates', zh: '调节' },
	releases: { en: 'releases', zh: '释放' },
	increases: { en: 'increases', zh: '增加' },
	decreases: { en: 'decreases', zh: '减少' },
	'leads-to': { en: 'leads to', zh: '导致' },
	contains: { en: 'contains', zh: '包含' },
	'is-a': { en: 'is a', zh: '属于' }
});

/**
 * "Is a" in a sentence whose class is named in the plural, as the atlas names its classes
 * ("Sigma receptors", "Benzomorphans"): "Sigma-1 receptor is one of the Sigma receptors", not "is
 * a Sigma receptors". None where a language says it the same for one and for many.
 */
const IS_A_OF_MANY: Texts<string | undefined> = everyLanguage<string | undefined>({
	en: 'is one of the',
	zh: undefined
});

/** A relation's words in a sentence about an edge, before its target's label. */
export function relationBefore(relation: Relation, target: string, lang: Language): string {
	const many =
		relation === 'is-a' && /[^s]s$/i.test(target.trim()) ? IS_A_OF_MANY[lang] : undefined;
	return many ?? RELATION_WORDS[relation][lang];
}
