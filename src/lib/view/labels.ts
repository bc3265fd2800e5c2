/** Labels in the reader's language: the curated zh term where there is one. */
import type { Language } from '../i18n/strings.ts';
import type { Entity, Pathway, PathwayEdge, PathwayNode } from '../model/atlas.ts';

export function nodeLabel(node: PathwayNode, entity: Entity | undefined, lang: Language): string {
	if (lang === 'zh' && entity?.zh) return entity.zh;
	return node.label;
}

const RELATION_WORDS: Record<string, { en: string; zh: string }> = {
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
};

export const relationWords = (relation: string, lang: Language): string =>
	RELATION_WORDS[relation]?.[lang] ?? relation;

export function edgeSentence(
	edge: PathwayEdge,
	pathway: Pathway,
	entities: Record<string, Entity>,
	lang: Language
): string {
	const label = (id: string) => {
		const node = pathway.nodes.find((n) => n.id === id);
		return node ? nodeLabel(node, entities[node.entity], lang) : id;
	};
	const sep = lang === 'zh' ? '' : ' ';
	return [label(edge.source), relationWords(edge.relation, lang), label(edge.target)].join(sep);
}
