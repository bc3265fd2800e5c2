/**
 * The embed's `?step=`: one lecture step of the pathway, drawn as the presentation draws it (what
 * steps 1..n reveal, of the step's hypothesis when it names one) and narrated.
 */
import type { Language } from '../i18n/languages.ts';
import { slideStepIds } from '../lecture/slideView.ts';
import { parseStep } from '../lecture/steps.ts';
import type { Pathway } from '../model/atlas.ts';
import { pick } from '../i18n/localized.ts';

export interface EmbedStep {
	/** 1-based. */
	n: number;
	count: number;
	narration: string;
	/** The elements the step does not draw. */
	hidden: Set<string>;
}

/** The step a `?step=` value asks for (clamped), or none: no value, or a pathway without steps. */
export function embedStep(
	pathway: Pathway,
	raw: string | null,
	lang: Language
): EmbedStep | undefined {
	const count = pathway.steps.length;
	if (raw === null || !count) return undefined;
	const { step: n } = parseStep(raw, count);
	const step = pathway.steps[n - 1]!;
	const shown = new Set(slideStepIds(pathway, n).revealed);
	const hidden = new Set(
		[...pathway.nodes, ...pathway.edges].map((el) => el.id).filter((id) => !shown.has(id))
	);
	return {
		n,
		count,
		narration: pick(step.narration, lang),
		hidden
	};
}
