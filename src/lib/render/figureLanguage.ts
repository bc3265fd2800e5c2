/**
 * A figure in the language it is drawn in: the curated translation of the title, the step
 * narration, node and compartment labels put in place of the English before the renderer draws,
 * and the renderer's own words (legend heading, step line, sources) in that language.
 */
import { everyLanguage, isTranslation, type Language, type Texts } from '../i18n/languages.ts';
import { labelLines } from '../layout/nodeSize.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import type { Localized } from '../i18n/localized.ts';
import type { Pathway } from '../model/atlas.ts';
import type { FigureContext } from './figureContext.ts';

/** The curated texts a figure can show, in every language they are written in. */
export interface FigureTexts {
	title: Localized;
	/** By step index. */
	narrations: Localized[];
	nodes: Map<string, Localized>;
	compartments: Map<string, Localized>;
	hypotheses: Map<string, { label: Localized; summary: Localized }>;
}

export function figureTexts(pathway: Pathway): FigureTexts {
	const labels = (items: { id: string; label: Localized }[]) =>
		new Map(items.map((x) => [x.id, x.label] as const));
	return {
		title: pathway.title,
		narrations: pathway.steps.map((s) => s.narration),
		nodes: labels(pathway.nodes),
		compartments: labels(pathway.compartments),
		hypotheses: new Map((pathway.hypotheses ?? []).map((h) => [h.id, h]))
	};
}

/** The laid-out pathway and context with every curated text in `lang` that is written in it. */
export function inLanguage(
	laidOut: LaidOutPathway,
	context: FigureContext,
	lang: Language
): { laidOut: LaidOutPathway; context: FigureContext } {
	const texts = context.texts;
	if (!isTranslation(lang) || !texts) return { laidOut, context };
	const written = (text: Localized | undefined) => text?.[lang];
	return {
		laidOut: {
			...laidOut,
			nodes: laidOut.nodes.map((n) => {
				const label = written(texts.nodes.get(n.id));
				return label ? { ...n, label, lines: labelLines(label, n.kind) } : n;
			}),
			compartments: laidOut.compartments.map((c) => ({
				...c,
				label: written(texts.compartments.get(c.id)) ?? c.label
			}))
		},
		context: {
			...context,
			title: written(texts.title) ?? context.title,
			steps: context.steps.map((s, i) => ({
				...s,
				narration: written(texts.narrations[i]) ?? s.narration
			})),
			...(context.hypotheses
				? {
						hypotheses: context.hypotheses.map((h) => ({
							...h,
							label: written(texts.hypotheses.get(h.id)?.label) ?? h.label,
							summary: written(texts.hypotheses.get(h.id)?.summary) ?? h.summary
						}))
					}
				: {})
		}
	};
}

const WORDS = {
	sources: everyLanguage({ en: 'Sources', zh: '参考文献' })
} satisfies Record<string, Texts<string>>;

export const figureWord = (key: keyof typeof WORDS, lang: Language): string => WORDS[key][lang];

/** "Step 2 of 5: …" / "第 2 步（共 5 步）：…"; before the first step, "Before step 1 of 5". */
export function stepLine(lang: Language, n: number, total: number, narration?: string): string {
	const line = STEP_LINES[lang];
	return n ? line.step(n, total, narration ?? '') : line.before(total);
}

const STEP_LINES: Texts<{
	step: (n: number, total: number, narration: string) => string;
	before: (total: number) => string;
}> = everyLanguage({
	en: {
		step: (n, total, narration) => `Step ${n} of ${total}: ${narration}`,
		before: (total) => `Before step 1 of ${total}`
	},
	zh: {
		step: (n, total, narration) => `第 ${n} 步（共 ${total} 步）：${narration}`,
		before: (total) => `第 1 步之前（共 ${total} 步）`
	}
});
