/**
 * "Stated" means the quoted sentence states this link. A quote that names neither end of its
 * edge (by label or a catalogue synonym) cannot do that on its face, so it must carry a curator
 * note saying why it states the link.
 */
import type { Atlas, Pathway, PathwayEdge } from '../model/atlas.ts';

/** Lower case, no brackets, one space: "The N-methyl-D-aspartate (NMDA) receptor" matches "NMDA receptor". */
const plain = (s: string): string =>
	s
		.toLowerCase()
		.replace(/[()[\]"“”'‘’]/g, '')
		.replace(/-/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

function namesOf(atlas: Atlas, p: Pathway, nodeId: string): string[] {
	const node = p.nodes.find((n) => n.id === nodeId);
	const entity = node && atlas.entities.get(node.entity);
	return [node?.label.en, entity?.label.en, ...(entity?.synonyms.en ?? [])]
		.filter((x): x is string => !!x)
		.map(plain);
}

export interface UnsupportedStatement {
	pathway: string;
	edge: string;
	quote: string;
	missing: ('source' | 'target')[];
}

function check(atlas: Atlas, p: Pathway, e: PathwayEdge): UnsupportedStatement[] {
	return e.evidence.flatMap((x) => {
		if (x.support !== 'stated' || x.note) return [];
		const quote = plain(x.quote);
		const missing = (['source', 'target'] as const).filter(
			(end) => !namesOf(atlas, p, e[end]).some((name) => quote.includes(name))
		);
		return missing.length ? [{ pathway: p.id, edge: e.id, quote: x.quote, missing }] : [];
	});
}

/** Every stated edge quote that names an end of its edge neither by name nor with a note. */
export function statedQuotesMissingEnds(atlas: Atlas): UnsupportedStatement[] {
	return atlas.pathways.flatMap((p) => p.edges.flatMap((e) => check(atlas, p, e)));
}
