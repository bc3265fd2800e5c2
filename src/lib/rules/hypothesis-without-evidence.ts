import type { Pathway } from '../model/atlas.ts';
import { defineRule, type Diagnostic, type Locator } from './rule.ts';

export const hypothesisWithoutEvidence = defineRule({
	id: 'hypothesis-without-evidence',
	severity: 'warning',
	description: 'a hypothesis with no evidence',
	check: (p: Pathway, file: Locator): Diagnostic[] =>
		(p.hypotheses ?? []).flatMap((h, index) =>
			h.evidence.length
				? []
				: [
						file.diagnostic(
							hypothesisWithoutEvidence,
							['hypotheses', index],
							`hypothesis "${h.id}" has no evidence`,
							'quote the source that names it (listed), or cite a reference record (background)'
						)
					]
		)
});
