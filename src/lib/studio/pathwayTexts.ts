/** The texts of a pathway a curator writes, each with its translation beside it, for the studio. */
import { LANGUAGE_TRAITS, type Language } from '../i18n/languages.ts';
import type { Localized } from '../i18n/localized.ts';
import type { ContentLanguage } from '../schema/vocabulary.ts';
import type { Pathway } from '../model/atlas.ts';
import type { Target } from './fieldEdits.ts';

/** The language the studio's forms put beside the English: the curated files' translation. */
export const STUDIO_TRANSLATION: ContentLanguage = 'zh';

export interface TextRow {
	/** What the text is, for the form ("Title", "Step 2 narration"). */
	what: string;
	target: Target;
	field: string;
	/** The field of its translation in the file (`titleZh`, a label's `zh`). */
	fieldZh: string;
	en: string;
	/** The translation, empty where there is none yet. */
	zh: string;
}

/** The pathway's texts with their translations into `lang` (the studio's is Chinese). */
export function pathwayTexts(p: Pathway, lang: Language): TextRow[] {
	const { fieldSuffix, labelKey } = LANGUAGE_TRAITS[lang];
	const row = (what: string, target: Target, field: string, text: Localized): TextRow => {
		const fieldZh = field === 'label' ? labelKey : field + fieldSuffix;
		return { what, target, field, fieldZh, en: text.en, zh: text[lang] ?? '' };
	};
	const whole: Target = { in: 'pathway' };
	return [
		row('Title', whole, 'title', p.title),
		row('Summary', whole, 'summary', p.summary),
		...(p.hypotheses ?? []).flatMap((h) => {
			const at: Target = { in: 'hypothesis', id: h.id };
			return [
				row(`Hypothesis ${h.id}`, at, 'label', h.label),
				row(`Hypothesis ${h.id} summary`, at, 'summary', h.summary)
			];
		}),
		...p.compartments.map((c) =>
			row(`Compartment ${c.id}`, { in: 'compartment', id: c.id }, 'label', c.label)
		),
		...p.steps.map((s, i) =>
			row(`Step ${i + 1} narration`, { in: 'step', index: i }, 'narration', s.narration)
		)
	];
}
