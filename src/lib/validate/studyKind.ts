/** The study kind, species and counter-evidence that a piece of evidence or an element may carry. */
import type { Diagnostic } from '../diagnostics.ts';
import type { Contested, EvidenceKind } from '../model/atlas.ts';
import { localizedField } from '../i18n/localized.ts';
import type { ContestedFile, EvidenceFile } from '../schema/files.ts';
import { speciesWithoutStudy } from '../rules/species-without-study.ts';
import { unknownReference } from '../rules/unknown-reference.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';
import type { EvidenceContext } from './evidence.ts';

/** The counter-evidence of a contested claim, once its reference is known to exist. */
export function resolveContested(
	c: ContestedFile | undefined,
	at: DataPath,
	file: LocatedFile,
	ctx: EvidenceContext,
	out: Diagnostic[]
): { contested?: Contested } {
	if (!c) return {};
	if (ctx.referencesBroken) ctx.followOn('reference');
	else if (!ctx.references.has(c.reference) && !ctx.invalidReferences.has(c.reference)) {
		const known = [...ctx.references.keys()];
		out.push(unknownReference.check(file, [...at, 'reference'], c.reference, known, true));
		return {};
	}
	return { contested: { reference: c.reference, note: localizedField(c, 'note') } };
}

/** The study fields of one piece of evidence, with their problems added to `out`. */
export function studyFields(
	e: EvidenceFile,
	at: DataPath,
	file: LocatedFile,
	ctx: EvidenceContext,
	out: Diagnostic[]
): EvidenceKind {
	const problems = speciesWithoutStudy.check(file, at, e);
	out.push(...problems);
	return {
		...(e.study ? { study: e.study } : {}),
		...(e.species && !problems.length ? { species: e.species } : {}),
		...resolveContested(e.contested, [...at, 'contested'], file, ctx, out)
	};
}
