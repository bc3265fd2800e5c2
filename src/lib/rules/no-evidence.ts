import type { Pathway } from '../model/atlas.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const noEvidence = defineRule({
	id: 'no-evidence',
	severity: 'warning',
	description: 'a node or edge with no evidence',
	check: (p: Pathway, file: Locator, itemPath: (id: string) => DataPath): Diagnostic[] => {
		const bare = (kind: string) => (el: { id: string; evidence: unknown[] }) =>
			el.evidence.length
				? []
				: [
						file.diagnostic(
							noEvidence,
							itemPath(el.id),
							`${kind} "${el.id}" has no evidence`,
							'add a quote from a source, or background evidence with a reference and a note'
						)
					];
		return [...p.nodes.flatMap(bare('node')), ...p.edges.flatMap(bare('edge'))];
	}
});
