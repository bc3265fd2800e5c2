/** Elements that stand only on background evidence: hidden when the reader asks for the sources alone. */
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
