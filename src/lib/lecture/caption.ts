/**
 * The caption of a lecture step: its narration, and the evidence behind the step's main element,
 * as sentence text with the quoted span marked and a short citation.
 */
import type { Language } from '../i18n/languages.ts';
import type { Pathway } from '../model/atlas.ts';
import {
	captionEvidence,
	type CaptionEvidence,
	type CaptionRecords
} from '../view/evidenceCaption.ts';
import { pick } from '../i18n/localized.ts';
import { lectureSteps, mainElement } from './steps.ts';
import { supportingEvidence } from './supportingEvidence.ts';

export { captionEvidence, type CaptionEvidence, type CaptionRecords };

export interface Caption {
	step: number;
	total: number;
	narration: string;
	main?: string;
	evidence?: CaptionEvidence;
}

/** The caption of step `step` (1-based, already clamped). */
export function captionFor(
	pathway: Pathway,
	step: number,
	records: CaptionRecords,
	lang: Language = 'en'
): Caption {
	const steps = lectureSteps(pathway);
	const current = steps[step - 1] ?? steps[0];
	const main = current ? mainElement(current, pathway) : undefined;
	const element = [...pathway.nodes, ...pathway.edges].find((el) => el.id === main);
	const chosen = element && supportingEvidence(element.evidence);
	return {
		step,
		total: steps.length,
		narration: current ? pick(current.narration, lang) : '',
		main,
		evidence: chosen && captionEvidence(chosen, records, lang)
	};
}
