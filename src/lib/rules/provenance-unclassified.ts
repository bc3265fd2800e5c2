import type { Bibliographic } from '../model/atlas.ts';
import { defineRule, type Finding } from './rule.ts';

export const provenanceUnclassified = defineRule({
	id: 'provenance-unclassified',
	severity: 'error',
	description: 'a record detail neither confirmed nor unverified',
	/** `detail`: one the record gives, e.g. "pmid". */
	check: (r: Bibliographic, detail: string): Finding[] =>
		r.provenance && !r.provenance.confirmed.includes(detail) && !r.unverified.includes(detail)
			? [
					{
						at: [detail],
						rule: provenanceUnclassified.id,
						message: `"${detail}" is neither confirmed nor unverified`,
						hint: `add it to provenance.confirmed if ${r.provenance.page} gives it, otherwise to "unverified"`
					}
				]
			: []
});
