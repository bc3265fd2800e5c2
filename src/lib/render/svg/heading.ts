/** The title band: the pathway's title, and for a lecture step which step it is and its narration. */
import type { Palette } from '../../style/themes.ts';
import { everyLanguage, type Language, type Texts } from '../../i18n/languages.ts';
import type { FigureContext } from '../figureContext.ts';
import { stepLine } from '../figureLanguage.ts';
import type { SvgOptions } from '../options.ts';
import { GAP, type Block } from './block.ts';
import { el } from './markup.ts';
import { lineHeight, textGroup, textLines, wrap } from './text.ts';

const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 12;

function stepHeading(context: FigureContext, step: number | undefined, lang: Language): string {
	const total = context.steps.length;
	const n = Math.max(0, Math.min(Math.floor(step ?? total), total));
	return stepLine(lang, n, total, context.steps[n - 1]?.narration);
}

const HYPOTHESIS_LINE: Texts<(label: string, summary: string) => string> = everyLanguage({
	en: (label, summary) => `Hypothesis: ${label} — ${summary}`,
	zh: (label, summary) => `假说：${label}——${summary}`
});

/** "Hypothesis: <label> — <summary>", for a figure of one hypothesis. */
function hypothesisLine(
	context: FigureContext,
	id: string | undefined,
	lang: Language
): string | undefined {
	const h = id === undefined ? undefined : context.hypotheses?.find((x) => x.id === id);
	if (!h) return undefined;
	return HYPOTHESIS_LINE[lang](h.label, h.summary);
}

export function headingBlock(
	context: FigureContext,
	options: Pick<SvgOptions, 'scope' | 'step' | 'hypothesis'>,
	palette: Palette,
	width: number,
	lang: Language = 'en'
): Block {
	const title = wrap(context.title, width, TITLE_SIZE);
	const lines = [
		hypothesisLine(context, options.hypothesis, lang),
		options.scope === 'step' ? stepHeading(context, options.step, lang) : undefined
	];
	const subtitle = lines.flatMap((line) => (line ? wrap(line, width, SUBTITLE_SIZE) : []));
	const titleHeight = title.length * lineHeight(TITLE_SIZE);
	const subtitleHeight = subtitle.length ? 4 + subtitle.length * lineHeight(SUBTITLE_SIZE) : 0;
	return {
		// the diagram's own margin lies below the band
		height: Math.ceil(GAP + titleHeight + subtitleHeight),
		draw: (left, top) =>
			el(
				'g',
				{ class: 'figure-title', ...textGroup(TITLE_SIZE, palette.ink) },
				textLines(title, left, top + GAP, TITLE_SIZE),
				textLines(subtitle, left, top + GAP + titleHeight + 4, SUBTITLE_SIZE, {
					'font-size': SUBTITLE_SIZE,
					fill: palette.muted
				})
			)
	};
}
