/**
 * The steps of a lecture, numbered from 1, and the one element each step is about. A pathway
 * without steps is presented as one step that shows everything, narrated by its summary.
 */
import type { Pathway, Step } from '../model/atlas.ts';

export function lectureSteps(pathway: Pathway): Step[] {
	if (pathway.steps.length) return pathway.steps;
	const all = [...pathway.nodes, ...pathway.edges].map((el) => el.id);
	return [{ show: all, narration: pathway.summary }];
}

/**
 * The step a `?step=` value asks for, clamped to 1..count: missing, non-numeric, zero or negative
 * give 1, past the end gives the last. `corrected` says the URL should be rewritten.
 */
export function parseStep(raw: string | null, count: number): { step: number; corrected: boolean } {
	const last = Math.max(1, count);
	if (raw === null) return { step: 1, corrected: false };
	const n = /^\s*[-+]?\d+\s*$/.test(raw) ? Number.parseInt(raw, 10) : Number.NaN;
	const step = Number.isNaN(n) ? 1 : Math.min(last, Math.max(1, n));
	return { step, corrected: String(step) !== raw };
}

/**
 * What a step is about: its first edge (a lecture explains arrows), else its first element. The
 * caption quotes this element's evidence and Escape selects it in the explorer.
 */
export function mainElement(step: Step, pathway: Pathway): string | undefined {
	const edges = new Set(pathway.edges.map((e) => e.id));
	return step.show.find((id) => edges.has(id)) ?? step.show[0];
}
