/**
 * A figure in the language it is drawn in: the curated Chinese of the title, the step narration,
 * node and compartment labels put in place of the English before the renderer draws, and the
 * renderer's own words (legend heading, step line, sources) in that language.
 */
import { isTranslation, type Language, type Texts } from '../i18n/languages.ts';
import { labelLines } from '../layout/nodeSize.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import type { Localized } from '../i18n/localized.ts';
import type { Pathway } from '../model/atlas.ts';
import type { FigureContext } from './figureContext.ts';

/** The Chinese a figure can show: only what the curator wrote (an English text stays English). */
export interface FigureChinese {
	title?: string;
	/** By step index. */
	narrations: (string | undefined)[];
	nodes: Map<string, string>;
	compartments: Map<string, string>;
	hypotheses: Map<string, { label?: string; summary?: string }>;
}

export function figureChinese(pathway: Pathway): FigureChinese {
	const pick = (items: { id: string; label: Localized }[]) =>
		new Map(items.flatMap((x) => (x.label.zh ? [[x.id, x.label.zh] as const] : [])));
	return {
		...(pathway.title.zh ? { title: pathway.title.zh } : {}),
		narrations: pathway.steps.map((s) => s.narration.zh),
		nodes: pick(pathway.nodes),
		compartments: pick(pathway.compartments),
		hypotheses: new Map(
			(pathway.hypotheses ?? []).map((h) => [h.id, { label: h.label.zh, summary: h.summary.zh }])
		)
	};
}

/** The laid-out pathway and context with every curated text in `lang`. */
export function inLanguage(
	laidOut: LaidOutPathway,
	context: FigureContext,
	lang: Language
): { laidOut: LaidOutPathway; context: FigureContext } {
	const zh = context.zh;
	if (!isTranslation(lang) || !zh) return { laidOut, context };
	return {
		laidOut: {
			...laidOut,
			nodes: laidOut.nodes.map((n) => {
				const label = zh.nodes.get(n.id);
				return label ? { ...n, label, lines: labelLines(label, n.kind) } : n;
			}),
			compartments: laidOut.compartments.map((c) => ({
				...c,
				label: zh.compartments.get(c.id) ?? c.label
			}))
		},
		context: {
			...context,
			title: zh.title ?? context.title,
			steps: context.steps.map((s, i) => ({ ...s, narration: zh.narrations[i] ?? s.narration })),
			...(context.hypotheses
				? {
						hypotheses: context.hypotheses.map((h) => ({
							...h,
							label: zh.hypotheses.get(h.id)?.label ?? h.label,
							summary: zh.hypotheses.get(h.id)?.summary ?? h.summary
						}))
					}
				: {})
		}
	};
}

const WORDS = {
	sources: { en: 'Sources', zh: '参考文献' }
} satisfies Record<string, Record<Language, string>>;

export const figureWord = (key: keyof typeof WORDS, lang: Language): string => WORDS[key][lang];

/** "Step 2 of 5: …" / "第 2 步（共 5 步）：…"; before the first step, "Before step 1 of 5". */
export function stepLine(lang: Language, n: number, total: number, narration?: string): string {
	const line = STEP_LINES[lang];
	return n ? line.step(n, total, narration ?? '') : line.before(total);
}

const STEP_LINES: Texts<{
	step: (n: number, total: number, narration: string) => string;
	before: (total: number) => string;
}> = {
	en: {
		step: (n, total, narration) => `Step ${n} of ${total}: ${narration}`,
		before: (total) => `Before step 1 of ${total}`
	},
	zh: {
		step: (n, total, narration) => `第 ${n} 步（共 ${total} 步）：${narration}`,
		before: (total) => `第 1 步之前（共 ${total} 步）`
	}
};
