/**
 * The page legend's swatches as plain strings (paths, points, dashes), read off the visual
 * grammar at build time, so the page draws them without shipping the grammar or the shapes.
 */
import { KIND_NAMES } from '../i18n/vocabulary/kinds.ts';
import { sentenceCount } from '../i18n/vocabulary/sentenceCounts.ts';
import type { Language } from '../i18n/languages.ts';
import type { Kind, Relation, Support } from '../schema/vocabulary.ts';
import type { LegendContent } from '../style/visualGrammar.ts';
import { arrowPathData } from '../style/arrows.ts';
import { shapeSvgPath } from '../geometry/shapes.ts';
import { compactPath } from '../render/svg/pathData.ts';
import type { Theme } from '../style/themes.ts';
import { legend, SENTENCE_DOMAIN } from '../style/visualGrammar.ts';

export interface LegendSwatches {
	kinds: {
		kind: Kind;
		label: Record<Language, string>;
		d: string;
		fill: string;
		stroke: string;
		width: number;
	}[];
	/** Path data of the arrowhead on a 52 × 16 swatch; none for a plain line. */
	relations: { relation: Relation; d?: string; filled: boolean }[];
	supports: { support: Support; dash?: string; cap: 'butt' | 'round' }[];
	widths: { sentences: number; label: Record<Language, string>; width: number }[];
}

export function legendSwatches(theme: Theme, content: LegendContent): LegendSwatches {
	const model = legend(theme, content);
	return {
		kinds: model.kinds.map((k) => ({
			kind: k.kind,
			label: KIND_NAMES[k.kind],
			d: shapeSvgPath(k.paint.shape, 18, 9, 32, 14),
			fill: k.paint.fill,
			stroke: k.paint.border,
			width: k.paint.borderStyle === 'double' ? 3 : 1.5
		})),
		relations: model.relations.map((r) => ({
			relation: r.relation,
			...(r.arrow.shape === 'none'
				? {}
				: { d: compactPath(arrowPathData(r.arrow.shape, 1.5, { x: 48, y: 8 }, 0.6)) }),
			filled: r.arrow.fill === 'filled'
		})),
		supports: model.supports.map((s) => ({
			support: s.support,
			...(s.line.dash.length ? { dash: s.line.dash.join(' ') } : {}),
			cap: s.line.cap
		})),
		widths: model.widths.map((w) => ({
			...w,
			label: sentenceCount(w.sentences, w.sentences >= SENTENCE_DOMAIN[1])
		}))
	};
}
