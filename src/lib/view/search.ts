/** Search over node labels and synonyms, in English and Chinese, best match first. */
import type { Entity, Pathway } from '../model/atlas.ts';

export interface SearchHit {
	id: string;
	label: string;
	/** The term that matched, when it is not the label itself. */
	via?: string;
}

function terms(label: string, entity: Entity | undefined): string[] {
	return [label, entity?.label, entity?.zh, ...(entity?.synonyms ?? [])].filter((t): t is string =>
		Boolean(t)
	);
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring; undefined for no match. */
function rank(term: string, query: string): number | undefined {
	const t = term.toLocaleLowerCase();
	if (t === query) return 0;
	if (t.startsWith(query)) return 1;
	if (t.split(/[\s\-/(),]+/).some((w) => w.startsWith(query))) return 2;
	return t.includes(query) ? 3 : undefined;
}

export function searchNodes(
	pathway: Pathway,
	entities: ReadonlyMap<string, Entity>,
	query: string
): SearchHit[] {
	const q = query.trim().toLocaleLowerCase();
	if (!q) return [];
	const hits: (SearchHit & { rank: number })[] = [];
	for (const node of pathway.nodes) {
		let best: { rank: number; term: string } | undefined;
		for (const term of terms(node.label, entities.get(node.entity))) {
			const r = rank(term, q);
			if (r !== undefined && (!best || r < best.rank)) best = { rank: r, term };
		}
		if (best) {
			const via = best.term === node.label ? undefined : best.term;
			hits.push({ id: node.id, label: node.label, rank: best.rank, ...(via ? { via } : {}) });
		}
	}
	return hits.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...hit }) => hit);
}
