/** The texts of a pathway a curator writes, each with its Chinese beside it, for the studio. */
import type { Pathway } from '../model/atlas.ts';
import type { Target } from './fieldEdits.ts';

export interface TextRow {
	/** What the text is, for the form ("Title", "Step 2 narration"). */
	what: string;
	target: Target;
	field: string;
	fieldZh: string;
	en: string;
	zh: string;
}

const row = (
	what: string,
	target: Target,
	field: string,
	fieldZh: string,
	en: string,
	zh: string | undefined
): TextRow => ({ what, target, field, fieldZh, en, zh: zh ?? '' });

export function pathwayTexts(p: Pathway): TextRow[] {
	const whole: Target = { in: 'pathway' };
	return [
		row('Title', whole, 'title', 'titleZh', p.title.en, p.title.zh),
		row('Summary', whole, 'summary', 'summaryZh', p.summary.en, p.summary.zh),
		...(p.hypotheses ?? []).flatMap((h) => {
			const at: Target = { in: 'hypothesis', id: h.id };
			return [
				row(`Hypothesis ${h.id}`, at, 'label', 'zh', h.label.en, h.label.zh),
				row(`Hypothesis ${h.id} summary`, at, 'summary', 'summaryZh', h.summary.en, h.summary.zh)
			];
		}),
		...p.compartments.map((c) =>
			row(
				`Compartment ${c.id}`,
				{ in: 'compartment', id: c.id },
				'label',
				'zh',
				c.label.en,
				c.label.zh
			)
		),
		...p.steps.map((s, i) =>
			row(
				`Step ${i + 1} narration`,
				{ in: 'step', index: i },
				'narration',
				'narrationZh',
				s.narration.en,
				s.narration.zh
			)
		)
	];
}
