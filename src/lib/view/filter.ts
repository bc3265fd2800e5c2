/** What the page's filters hide: elements on background evidence alone, or without human evidence. */
import { restsOnHumans } from '../layout/edgeEvidence.ts';
import type { Pathway } from '../model/atlas.ts';

const sourcedOnly = (evidence: { support: string }[]) =>
	evidence.length > 0 && evidence.every((e) => e.support === 'background');

export function backgroundOnly(pathway: Pathway): Set<string> {
	const hidden = new Set(pathway.nodes.filter((n) => sourcedOnly(n.evidence)).map((n) => n.id));
	for (const e of pathway.edges) {
		if (sourcedOnly(e.evidence) || hidden.has(e.source) || hidden.has(e.target)) hidden.add(e.id);
	}
	return hidden;
}

/**
 * Hidden by "only what is shown in humans": every arrow none of whose evidence is a study in
 * people, and every node that neither has such evidence nor ends a shown arrow.
 */
export function notShownInHumans(pathway: Pathway): Set<string> {
	const shownEdges = pathway.edges.filter((e) => restsOnHumans(e.evidence));
	const ends = new Set(shownEdges.flatMap((e) => [e.source, e.target]));
	const shown = new Set(shownEdges.map((e) => e.id));
	for (const n of pathway.nodes) if (ends.has(n.id) || restsOnHumans(n.evidence)) shown.add(n.id);
	return new Set(
		[...pathway.nodes, ...pathway.edges].map((x) => x.id).filter((id) => !shown.has(id))
	);
}
