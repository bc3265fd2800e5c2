/**
 * Competing hypotheses within a pathway: their records, the elements that name them, and the
 * rule that an element shown for a hypothesis never hangs off one that is not.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { localizedField, localizedLabel } from '../i18n/localized.ts';
import type { Hypothesis, Pathway } from '../model/atlas.ts';
import { inHypothesis } from '../model/hypotheses.ts';
import { duplicateId } from '../rules/duplicate-id.ts';
import { hypothesisWithoutElements } from '../rules/hypothesis-without-elements.ts';
import { hypothesisWithoutEvidence } from '../rules/hypothesis-without-evidence.ts';
import { unknownHypothesis } from '../rules/unknown-hypothesis.ts';
import { hypothesisSchema } from '../schema/files.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';
import { resolveEvidence, type EvidenceContext } from './evidence.ts';
import { checkItems } from './schemaIssues.ts';

export function buildHypotheses(
	file: LocatedFile,
	list: unknown,
	ctx: EvidenceContext,
	out: Diagnostic[]
): Hypothesis[] {
	const firstAt = new Map<string, number>();
	return checkItems(hypothesisSchema, file, list, ['hypotheses'], out).flatMap(
		({ index, value: h }) => {
			const at = ['hypotheses', index];
			const evidence = resolveEvidence(h.evidence, [...at, 'evidence'], file, ctx, out);
			const first = firstAt.get(h.id);
			if (first !== undefined) {
				const firstAt = ['hypotheses', first, 'id'];
				out.push(duplicateId.check(file, [...at, 'id'], h.id, 'hypothesis', firstAt));
				return [];
			}
			firstAt.set(h.id, index);
			return [
				{
					id: h.id,
					label: localizedLabel(h),
					summary: localizedField(h, 'summary'),
					evidence
				}
			];
		}
	);
}

/**
 * Reports each listed hypothesis id that the pathway does not declare, and returns the
 * declared ones: an element whose every id is unknown counts as shared, so that the one
 * mistake is reported once, not again at every edge it touches.
 */
export function knownHypotheses(
	file: LocatedFile,
	at: DataPath,
	ids: readonly string[],
	known: ReadonlySet<string>,
	out: Diagnostic[]
): string[] {
	ids.forEach((ref, i) => {
		if (!known.has(ref)) out.push(unknownHypothesis.check(file, [...at, i], ref, known));
	});
	return ids.filter((ref) => known.has(ref));
}

/** Reports a step's focus when the pathway does not declare it. */
export function checkStepFocus(
	file: LocatedFile,
	at: DataPath,
	ref: string,
	known: ReadonlySet<string>,
	out: Diagnostic[]
): void {
	if (!known.has(ref)) out.push(unknownHypothesis.check(file, at, ref, known));
}

export { inHypothesis };

/** Gaps a curator should look at: a hypothesis with no evidence, or with no element of its own. */
export function hypothesisWarnings(p: Pathway, file: LocatedFile): Diagnostic[] {
	return [...hypothesisWithoutEvidence.check(p, file), ...hypothesisWithoutElements.check(p, file)];
}
