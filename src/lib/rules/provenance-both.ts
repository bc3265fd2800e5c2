import type { Bibliographic } from '../model/atlas.ts';
import { defineRule, type Finding } from './rule.ts';

export const provenanceBoth = defineRule({
	id: 'provenance-both',
	severity: 'error',
	description: 'a record detail both confirmed and unverified',
	/** `detail`: one the record gives, e.g. "pmid". */
	check: (r: Bibliographic, detail: string): Finding[] =>
		r.provenance?.confirmed.includes(detail) && r.unverified.includes(detail)
			? [
					{
						at: ['unverified', r.unverified.indexOf(detail)],
						rule: provenanceBoth.id,
						message: `"${detail}" is both confirmed and unverified`,
						hint: 'keep it in one list: confirmed if the page gives it, unverified if not'
					}
				]
			: []
});
