/** What an edge's evidence amounts to: its strongest support and how many sentences back it. */
import { isQuoted, type Evidence } from '../model/atlas.ts';
import {
	HUMAN_STUDY_KINDS,
	STUDY_KINDS,
	SUPPORTS,
	type StudyKind,
	type Support
} from '../schema/vocabulary.ts';

/** SUPPORTS runs from strongest to weakest. */
export function strongestSupport(evidence: Evidence[]): Support {
	const rank = Math.min(...evidence.map((e) => SUPPORTS.indexOf(e.support)), SUPPORTS.length - 1);
	return SUPPORTS[rank]!;
}

/** Distinct quoted sentences (source + number), at least 1. */
export function supportingSentences(evidence: Evidence[]): number {
	const keys = new Set(
		evidence.filter(isQuoted).flatMap((e) => e.sentences.map((n) => `${e.source}#${n}`))
	);
	return Math.max(1, keys.size);
}

/** Whether some evidence of the edge rests on a study in people. */
export const restsOnHumans = (evidence: Evidence[]): boolean =>
	evidence.some((e) => e.study !== undefined && HUMAN_STUDY_KINDS.has(e.study));

/** The marks an arrow carries beyond its support: contested (itself or an item), human evidence. */
export function edgeMarks(edge: { contested?: unknown; evidence: Evidence[] }): {
	contested?: true;
	human?: true;
	studies?: StudyKind[];
} {
	const contested = edge.contested !== undefined || edge.evidence.some((e) => e.contested);
	const studies = STUDY_KINDS.filter((k) => edge.evidence.some((e) => e.study === k));
	return {
		...(contested ? { contested: true } : {}),
		...(restsOnHumans(edge.evidence) ? { human: true } : {}),
		...(studies.length ? { studies } : {})
	};
}
