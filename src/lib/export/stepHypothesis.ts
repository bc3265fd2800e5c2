/**
 * A figure of a lecture step that names a hypothesis draws that hypothesis and the shared elements
 * only, and names it: the same in the deck, in every step's figure and in one step's figure.
 */
import type { Pathway } from '../model/atlas.ts';

interface StepChoice {
	scope: string;
	step?: number;
	hypothesis?: string;
}

/** The hypothesis step `n` (1-based) names, if any. */
export const hypothesisOfStep = (pathway: Pathway, n: number): string | undefined =>
	pathway.steps[n - 1]?.hypothesis;

/** The options, with the step's hypothesis where they draw a step and name none themselves. */
export function withStepHypothesis<T extends StepChoice>(pathway: Pathway, options: T): T {
	if (options.scope !== 'step' || options.hypothesis) return options;
	const focus = hypothesisOfStep(pathway, options.step ?? pathway.steps.length);
	return focus ? { ...options, hypothesis: focus } : options;
}
