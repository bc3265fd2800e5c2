import type { Pathway, PathwayEdge } from '../model/atlas.ts';
import { inHypothesis } from '../model/hypotheses.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

function endOutside(file: Locator, e: PathwayEdge, at: DataPath, h: string, end: string) {
	const listed = Boolean(e.hypotheses?.length);
	return file.diagnostic(
		hypothesisEdgeEnd,
		[...at, ...(listed ? ['hypotheses'] : [])],
		`edge "${e.id}" is in hypothesis "${h}" but its end "${end}" is not`,
		listed
			? `add "${h}" to the hypotheses of "${end}", or remove it from this edge`
			: `a shared edge needs shared ends: list the hypotheses this edge belongs to, or make "${end}" shared`
	);
}

/**
 * An edge shown for a hypothesis must have both ends shown for it too: for each hypothesis
 * the edge belongs to, an end that does not.
 */
export const hypothesisEdgeEnd = defineRule({
	id: 'hypothesis-edge-end',
	severity: 'error',
	description: 'an edge shown for a hypothesis has an end that is not',
	check: (p: Pathway, file: Locator, itemPath: (id: string) => DataPath): Diagnostic[] => {
		const nodes = new Map(p.nodes.map((n) => [n.id, n]));
		return p.edges.flatMap((e) =>
			(p.hypotheses ?? [])
				.filter((h) => inHypothesis(e, h.id))
				.flatMap((h) =>
					[e.source, e.target]
						.filter((end) => {
							const n = nodes.get(end);
							return n && !inHypothesis(n, h.id);
						})
						.map((end) => endOutside(file, e, itemPath(e.id), h.id, end))
				)
		);
	}
});
