import type { Pathway } from '../model/atlas.ts';
import { defineRule, type Diagnostic, type Locator } from './rule.ts';

export const hypothesisWithoutElements = defineRule({
	id: 'hypothesis-without-elements',
	severity: 'warning',
	description: 'a hypothesis that no node or edge belongs to',
	check: (p: Pathway, file: Locator): Diagnostic[] => {
		const elements = [...p.nodes, ...p.edges];
		return (p.hypotheses ?? []).flatMap((h, index) =>
			elements.some((el) => el.hypotheses?.includes(h.id))
				? []
				: [
						file.diagnostic(
							hypothesisWithoutElements,
							['hypotheses', index],
							`hypothesis "${h.id}" has no element of its own`,
							`list "${h.id}" under "hypotheses" on the nodes and edges that belong to it`
						)
					]
		);
	}
});
