/**
 * Every detail of a source or reference record (title, authors, PMID, DOI …) is either confirmed
 * by the page its provenance names or listed as unverified, never both and never neither, so a
 * reader can tell what was checked.
 */
import type { Diagnostic, RuleId } from '../diagnostics.ts';
import type { Bibliographic } from '../model/atlas.ts';
import { DETAILS } from '../schema/files.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';

/** The details the record gives. */
export const detailsOf = (r: Bibliographic): string[] => DETAILS.filter((d) => r[d] !== undefined);

export interface ProvenanceProblem {
	/** Where in the record, relative to it. */
	at: DataPath;
	rule: RuleId;
	message: string;
	hint: string;
}

/** Problems of one record that declares its provenance; none for a record that does not. */
export function provenanceProblems(r: Bibliographic): ProvenanceProblem[] {
	if (!r.provenance) return [];
	const { page, confirmed } = r.provenance;
	const present = detailsOf(r);
	const problems: ProvenanceProblem[] = [];
	for (const d of present) {
		const isConfirmed = confirmed.includes(d);
		const isUnverified = r.unverified.includes(d);
		if (!isConfirmed && !isUnverified)
			problems.push({
				at: [d],
				rule: 'provenance-unclassified',
				message: `"${d}" is neither confirmed nor unverified`,
				hint: `add it to provenance.confirmed if ${page} gives it, otherwise to "unverified"`
			});
		if (isConfirmed && isUnverified)
			problems.push({
				at: ['unverified', r.unverified.indexOf(d)],
				rule: 'provenance-both',
				message: `"${d}" is both confirmed and unverified`,
				hint: 'keep it in one list: confirmed if the page gives it, unverified if not'
			});
	}
	confirmed.forEach((d, i) => {
		if (!present.includes(d))
			problems.push({
				at: ['provenance', 'confirmed', i],
				rule: 'provenance-confirms-absent',
				message: `provenance confirms "${d}", which the record does not give`,
				hint: `add the ${d} as the page gives it, or remove it from the list`
			});
	});
	return problems;
}

/** The problems as located diagnostics; `base` is the record's path in its file. */
export function provenanceDiagnostics(
	r: Bibliographic,
	file: LocatedFile,
	base: DataPath
): Diagnostic[] {
	return provenanceProblems(r).map((p) =>
		file.diagnostic(p.rule, [...base, ...p.at], p.message, p.hint)
	);
}
