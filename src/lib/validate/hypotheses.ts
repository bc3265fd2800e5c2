/**
 * Competing hypotheses within a pathway: their records, the elements that name them, and the
 * rule that an element shown for a hypothesis never hangs off one that is not.
 */
import type { Diagnostic, RuleId } from '../diagnostics.ts';
import type { Hypothesis, Pathway } from '../model/atlas.ts';
import { inHypothesis } from '../model/hypotheses.ts';
import { hypothesisSchema } from '../schema/files.ts';
import { nearest } from '../text/similarity.ts';
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
				const line = file.locate(['hypotheses', first, 'id']).line;
				out.push(
					file.diagnostic(
						'duplicate-id',
						[...at, 'id'],
						`duplicate hypothesis id "${h.id}"`,
						`already used at line ${line}; every hypothesis needs its own id`
					)
				);
				return [];
			}
			firstAt.set(h.id, index);
			return [
				{
					id: h.id,
					label: h.label,
					...(h.zh ? { zh: h.zh } : {}),
					summary: h.summary,
					...(h.summaryZh ? { summaryZh: h.summaryZh } : {}),
					evidence
				}
			];
		}
	);
}

function unknownHypothesis(
	file: LocatedFile,
	at: DataPath,
	ref: string,
	known: ReadonlySet<string>
): Diagnostic {
	const guess = nearest(ref, known);
	return file.diagnostic(
		'unknown-hypothesis',
		at,
		`unknown hypothesis "${ref}"`,
		guess
			? `did you mean "${guess}"?`
			: known.size
				? `declared hypotheses: ${[...known].join(', ')}`
				: 'declare it under "hypotheses:" at the top of the pathway'
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
		if (!known.has(ref)) out.push(unknownHypothesis(file, [...at, i], ref, known));
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
	if (!known.has(ref)) out.push(unknownHypothesis(file, at, ref, known));
}

export { inHypothesis };

/**
 * An edge shown for a hypothesis must have both ends shown for it too: for each hypothesis
 * the edge belongs to, reports an end that does not.
 */
export function checkEdgeEnds(
	p: Pathway,
	file: LocatedFile,
	itemPath: (id: string) => DataPath,
	out: Diagnostic[]
): void {
	const nodes = new Map(p.nodes.map((n) => [n.id, n]));
	for (const e of p.edges) {
		for (const h of p.hypotheses ?? []) {
			if (!inHypothesis(e, h.id)) continue;
			const outside = [e.source, e.target].filter((end) => {
				const n = nodes.get(end);
				return n && !inHypothesis(n, h.id);
			});
			for (const end of outside) {
				const field = e.hypotheses?.length ? 'hypotheses' : undefined;
				out.push(
					file.diagnostic(
						'hypothesis-edge-end',
						[...itemPath(e.id), ...(field ? [field] : [])],
						`edge "${e.id}" is in hypothesis "${h.id}" but its end "${end}" is not`,
						e.hypotheses?.length
							? `add "${h.id}" to the hypotheses of "${end}", or remove it from this edge`
							: `a shared edge needs shared ends: list the hypotheses this edge belongs to, or make "${end}" shared`
					)
				);
			}
		}
	}
}

/** Gaps a curator should look at: a hypothesis with no evidence, or with no element of its own. */
export function hypothesisWarnings(p: Pathway, file: LocatedFile): Diagnostic[] {
	const warn = (rule: RuleId, index: number, message: string, hint: string): Diagnostic =>
		file.diagnostic(rule, ['hypotheses', index], message, hint);
	return (p.hypotheses ?? []).flatMap((h, index) => {
		const own = [...p.nodes, ...p.edges].some((el) => el.hypotheses?.includes(h.id));
		return [
			...(h.evidence.length
				? []
				: [
						warn(
							'hypothesis-without-evidence',
							index,
							`hypothesis "${h.id}" has no evidence`,
							'quote the source that names it (listed), or cite a reference record (background)'
						)
					]),
			...(own
				? []
				: [
						warn(
							'hypothesis-without-elements',
							index,
							`hypothesis "${h.id}" has no element of its own`,
							`list "${h.id}" under "hypotheses" on the nodes and edges that belong to it`
						)
					])
		];
	});
}
