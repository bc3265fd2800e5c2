/**
 * Every detail of a source or reference record (title, authors, PMID, DOI …) is either confirmed
 * by the page its provenance names or listed as unverified, never both and never neither, so a
 * reader can tell what was checked.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { Bibliographic } from '../model/atlas.ts';
import { provenanceBoth } from '../rules/provenance-both.ts';
import { provenanceConfirmsAbsent } from '../rules/provenance-confirms-absent.ts';
import { provenanceUnclassified } from '../rules/provenance-unclassified.ts';
import { RULE_BY_ID } from '../rules/index.ts';
import type { Finding } from '../rules/rule.ts';
import { DETAILS } from '../schema/files.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';

/** The details the record gives. */
export const detailsOf = (r: Bibliographic): string[] => DETAILS.filter((d) => r[d] !== undefined);

/** A problem of a record, located relative to it. */
export type ProvenanceProblem = Finding;

/** Problems of one record that declares its provenance; none for a record that does not. */
export function provenanceProblems(r: Bibliographic): ProvenanceProblem[] {
	if (!r.provenance) return [];
	const present = detailsOf(r);
	return [
		...present.flatMap((d) => [
			...provenanceUnclassified.check(r, d),
			...provenanceBoth.check(r, d)
		]),
		...provenanceConfirmsAbsent.check(r, present)
	];
}

/** The problems as located diagnostics; `base` is the record's path in its file. */
export function provenanceDiagnostics(
	r: Bibliographic,
	file: LocatedFile,
	base: DataPath
): Diagnostic[] {
	return provenanceProblems(r).map((p) =>
		file.diagnostic(RULE_BY_ID.get(p.rule)!, [...base, ...p.at], p.message, p.hint)
	);
}
