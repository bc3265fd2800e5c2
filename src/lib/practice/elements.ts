/** What the questions read from a pathway: labels in a language, the step each element comes in. */
import type { Language } from '../i18n/languages.ts';
import { fill, PRACTICE_TEXT } from '../i18n/practiceText.ts';
import { relationBefore } from '../i18n/vocabulary/relations.ts';
import type { Pathway, PathwayEdge, PathwayNode } from '../model/atlas.ts';
import { pick } from '../i18n/localized.ts';
import type { Option, PracticeSubject } from './types.ts';

export const nodeText = (n: Pick<PathwayNode, 'label'>, lang: Language): string =>
	pick(n.label, lang);

/** A node as an option: keyed by its entity, so the same entity from elsewhere is the same option. */
export const nodeOption = (n: PathwayNode, lang: Language): Option => ({
	key: n.entity,
	text: nodeText(n, lang)
});

export function nodeById(p: Pathway): Map<string, PathwayNode> {
	return new Map(p.nodes.map((n) => [n.id, n]));
}

/** "Ketamine blocks NMDA receptor", in the language's word order. */
export function claimText(p: Pathway, e: PathwayEdge, lang: Language): string {
	const nodes = nodeById(p);
	const label = (id: string) => {
		const n = nodes.get(id);
		return n ? nodeText(n, lang) : id;
	};
	const target = label(e.target);
	return fill(PRACTICE_TEXT[lang].claim, {
		source: label(e.source),
		relation: relationBefore(e.relation, target, lang),
		target
	});
}

/**
 * The lecture step (1-based) that first draws each node and edge, an edge bringing its two ends
 * with it as the lecture draws it; the last step for an element no step shows.
 */
export function stepsOf(p: Pathway): Map<string, number> {
	const first = new Map<string, number>();
	const edges = new Map(p.edges.map((e) => [e.id, e]));
	const reveal = (id: string, n: number) => void (first.has(id) || first.set(id, n));
	p.steps.forEach((s, i) => {
		for (const id of s.show) {
			const edge = edges.get(id);
			if (edge) [edge.source, edge.target].forEach((end) => reveal(end, i + 1));
			reveal(id, i + 1);
		}
	});
	for (const el of [...p.nodes, ...p.edges]) reveal(el.id, p.steps.length);
	return first;
}

/** Other pathways' nodes as options, those of `kind` only when it is given. */
export const elsewhereOptions = (s: PracticeSubject, lang: Language, kind?: string): Option[] =>
	s.elsewhere.nodes
		.filter((d) => kind === undefined || d.kind === kind)
		.map((d) => ({ key: d.entity, text: pick(d.label, lang) }));
