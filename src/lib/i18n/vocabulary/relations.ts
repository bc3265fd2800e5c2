/**
 * Relations in each language, apart from the kind names: the pathway page reads these, and a
 * module shared with the exporters would bring the kind names along. No relation is worded from
 * its id anywhere else.
 */
import type { Relation } from '../../schema/vocabulary.ts';
import { everyLanguageOf, type Texts } from '../languages.ts';

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
