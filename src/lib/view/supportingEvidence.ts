/**
 * Which evidence a caption shows for an element: the strongest there is, a sentence that states
 * the claim before one that lists the mechanism, and either before a curator's background note.
 * Within one level, the curator's order decides.
 */
import type { Evidence, Support } from '../model/atlas.ts';

const RANK: Record<Support, number> = { stated: 0, listed: 1, background: 2 };

export function supportingEvidence(evidence: Evidence[]): Evidence | undefined {
	let best: Evidence | undefined;
	for (const e of evidence) if (!best || RANK[e.support] < RANK[best.support]) best = e;
	return best;
}
