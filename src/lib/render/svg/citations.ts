/** The citation footer: every record cited by the elements the figure shows, in order of first citation. */
import type { Palette } from '../../style/themes.ts';
import type { CitedRecord, FigureContext } from '../figureContext.ts';
import type { Language } from '../../i18n/languages.ts';
import { figureWord } from '../figureLanguage.ts';
import { referenceText } from '../referenceText.ts';
import { citationWord } from '../../view/citation.ts';
import { GAP, type Block } from './block.ts';
import { el } from './markup.ts';
import { lineHeight, textGroup, textLines, wrap } from './text.ts';

const HEADING_SIZE = 11;
const ENTRY_SIZE = 10;
const NUMBER_WIDTH = 18;
const ENTRY_GAP = 3;
/** The label font has no dagger. */
const FIGURE_MARK = '*';

export function citedRecords(context: FigureContext, elementIds: string[]): CitedRecord[] {
	const keys = new Set(elementIds.flatMap((id) => context.cites.get(id) ?? []));
	return [...keys].flatMap((key) => {
		const record = context.records.get(key);
		return record ? [record] : [];
	});
}

export function citationsBlock(
	records: CitedRecord[],
	palette: Palette,
	width: number,
	lang: Language = 'en'
): Block {
	if (!records.length) return { height: 0, draw: () => '' };
	const entries = records.map((r) => referenceText(r, lang, FIGURE_MARK));
	// broken at spaces only: a DOI cut at one of its hyphens could not be copied whole
	const entryLines = entries.map((e) => wrap(e.text, width - NUMBER_WIDTH, ENTRY_SIZE, false));
	const note = entries.some((e) => e.unconfirmed)
		? wrap(`${FIGURE_MARK} ${citationWord('unconfirmed', lang)}`, width, ENTRY_SIZE)
		: [];
	const headingHeight = lineHeight(HEADING_SIZE) + ENTRY_GAP;
	const entryHeight = (lines: string[]) => lines.length * lineHeight(ENTRY_SIZE) + ENTRY_GAP;
	const body = entryLines.reduce((h, lines) => h + entryHeight(lines), 0);
	const entry = (lines: string[], x: number, y: number) => textLines(lines, x, y, ENTRY_SIZE);
	return {
		height: Math.ceil(headingHeight + body + entryHeight(note) + GAP),
		draw: (left, top) => {
			let y = top + headingHeight;
			const drawn = entryLines.map((lines, i) => {
				const numbered = entry([`${i + 1}.`], left, y) + entry(lines, left + NUMBER_WIDTH, y);
				y += entryHeight(lines);
				return numbered;
			});
			return el(
				'g',
				{ class: 'figure-citations', ...textGroup(ENTRY_SIZE, palette.muted) },
				textLines([figureWord('sources', lang)], left, top, HEADING_SIZE, {
					'font-size': HEADING_SIZE,
					fill: palette.ink
				}),
				...drawn,
				entry(note, left, y)
			);
		}
	};
}
