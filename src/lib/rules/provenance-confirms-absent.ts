import type { Bibliographic } from '../model/atlas.ts';
import { defineRule, type Finding } from './rule.ts';

export const provenanceConfirmsAbsent = defineRule({
	id: 'provenance-confirms-absent',
	severity: 'error',
	description: 'provenance confirms a detail the record does not give',
	/** `present`: the details the record gives. */
	check: (r: Bibliographic, present: readonly string[]): Finding[] =>
		(r.provenance?.confirmed ?? []).flatMap((d, i) =>
			present.includes(d)
				? []
				: [
						{
							at: ['provenance', 'confirmed', i],
							rule: provenanceConfirmsAbsent.id,
							message: `provenance confirms "${d}", which the record does not give`,
							hint: `add the ${d} as the page gives it, or remove it from the list`
						}
					]
		)
});
