/** What an edge's evidence amounts to: its strongest support and how many sentences back it. */
import { isQuoted, type Evidence } from '../model/atlas.ts';
import { SUPPORTS, type Support } from '../schema/vocabulary.ts';

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
