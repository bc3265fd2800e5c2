/** The study kind, species and counter-evidence that a piece of evidence or an element may carry. */
import type { Diagnostic } from '../diagnostics.ts';
import type { Contested, EvidenceKind } from '../model/atlas.ts';
import type { ContestedFile, EvidenceFile } from '../schema/files.ts';
import { SPECIES_STUDY_KINDS } from '../schema/vocabulary.ts';
import { nearest } from '../text/similarity.ts';
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
		const guess = nearest(c.reference, [...ctx.references.keys()]);
		out.push(
			file.diagnostic(
				'unknown-reference',
				[...at, 'reference'],
				`unknown reference "${c.reference}" for the counter-evidence`,
				guess ? `did you mean "${guess}"?` : 'add the record to pathways/references.yaml'
			)
		);
		return {};
	}
	const zh = c.noteZh ? { noteZh: c.noteZh } : {};
	return { contested: { reference: c.reference, note: c.note, ...zh } };
}

function speciesProblem(e: EvidenceFile, at: DataPath, file: LocatedFile): Diagnostic[] {
	if (!e.species || (e.study && SPECIES_STUDY_KINDS.has(e.study))) return [];
	const kinds = [...SPECIES_STUDY_KINDS].join(', ');
	return [
		file.diagnostic(
			'species-without-study',
			[...at, 'species'],
			e.study
				? `a species is named for a "${e.study}" study`
				: 'a species is named without the kind of study',
			`a species goes with study: ${kinds}; otherwise leave it out`
		)
	];
}

/** The study fields of one piece of evidence, with their problems added to `out`. */
export function studyFields(
	e: EvidenceFile,
	at: DataPath,
	file: LocatedFile,
	ctx: EvidenceContext,
	out: Diagnostic[]
): EvidenceKind {
	const problems = speciesProblem(e, at, file);
	out.push(...problems);
	return {
		...(e.study ? { study: e.study } : {}),
		...(e.species && problems.every((p) => p.rule !== 'species-without-study')
			? { species: e.species }
			: {}),
		...resolveContested(e.contested, [...at, 'contested'], file, ctx, out)
	};
}
