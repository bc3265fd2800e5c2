/** The legend band, drawn from the same legend model as the on-screen legend. */
import { measureText } from '../../layout/measureText.ts';
import { PALETTES } from '../../style/themes.ts';
import type { Legend } from '../../style/visualGrammar.ts';
import { GAP, type Block } from './block.ts';
import { el, type Attrs } from './markup.ts';
import { arrowSetback, type ArrowUse, type Markers } from './markers.ts';
import { markSvg } from './edgeMarks.ts';
import { compactPath } from './pathData.ts';
import { paintedShape } from './shapes.ts';
import { lineHeight, textGroup, textLines } from './text.ts';

const LABEL_SIZE = 11;
const ROW = 22;
const SAMPLE = 40;
const SAMPLE_GAP = 6;
const COLUMN_GAP = 16;
/** Relation samples are drawn at the thinnest edge width, with that width's markers. */
const SAMPLE_LINE = 1.5;

interface Item {
	label: string;
	/** The sample, in a SAMPLE x ROW cell whose top-left is (x, y). */
	sample: (x: number, y: number) => string;
}

export const legendArrows = (model: Legend): ArrowUse[] =>
	model.relations.map((r) => ({ arrow: r.arrow, width: SAMPLE_LINE }));

function groups(model: Legend, markers: Markers, inherited: Attrs): Item[][] {
	const ink = PALETTES[model.theme].edge;
	const line = (x: number, y: number, to: number, attrs: Attrs) =>
		el('path', { d: compactPath(`M ${x + 2} ${y + ROW / 2} H ${to}`), stroke: ink, ...attrs });
	return [
		model.kinds.map((k): Item => ({
			label: k.label,
			sample: (x, y) =>
				paintedShape(k.paint.shape, x + SAMPLE / 2, y + ROW / 2, 34, 18, k.paint, inherited)
		})),
		model.relations.map((r): Item => {
			const use = { arrow: r.arrow, width: SAMPLE_LINE };
			// the marker puts the tip this far past the line's end
			const { tip, line: back } = arrowSetback(use);
			return {
				label: r.label,
				sample: (x, y) =>
					line(x, y, x + SAMPLE - 2 - (back - tip), {
						'stroke-width': SAMPLE_LINE,
						'marker-end': r.arrow.shape === 'none' ? undefined : `url(#${markers.idOf(use)})`
					})
			};
		}),
		model.supports.map((s): Item => ({
			label: s.label,
			sample: (x, y) =>
				line(x, y, x + SAMPLE - 2, {
					'stroke-width': 2,
					'stroke-dasharray': s.line.dash.join(' ') || undefined,
					'stroke-linecap': s.line.cap === 'butt' ? undefined : s.line.cap
				})
		})),
		model.widths.map((w): Item => ({
			label: w.label,
			sample: (x, y) => line(x, y, x + SAMPLE - 2, { 'stroke-width': w.width })
		})),
		model.marks.map((m): Item => ({
			label: m.label,
			sample: (x, y) =>
				line(x, y, x + SAMPLE - 2, { 'stroke-width': SAMPLE_LINE }) +
				markSvg(m.mark, x + SAMPLE / 2, y + ROW / 2, model.theme)
		}))
	].filter((g) => g.length);
}

const cell = (item: Item, x: number, y: number) =>
	item.sample(x, y) +
	textLines(
		[item.label],
		x + SAMPLE + SAMPLE_GAP,
		y + ROW / 2 - lineHeight(LABEL_SIZE) / 2,
		LABEL_SIZE
	);

const itemWidth = (item: Item) =>
	SAMPLE + SAMPLE_GAP + measureText(item.label, LABEL_SIZE).width + COLUMN_GAP;

/** Every entry in one flow, each as wide as its label, wrapping at `width`. */
function flowBlock(items: Item[], width: number, shared: Attrs): Block {
	const at: { x: number; row: number }[] = [];
	let x = 0;
	let row = 0;
	for (const item of items) {
		const w = itemWidth(item);
		if (x > 0 && x + w - COLUMN_GAP > width) [x, row] = [0, row + 1];
		at.push({ x, row });
		x += w;
	}
	return {
		// the frame's own gap lies above; a slide's legend keeps its foot tight
		height: items.length ? Math.ceil((row + 1) * ROW + GAP / 4) : 0,
		draw: (left, top) =>
			el(
				'g',
				{ class: 'figure-legend', ...shared },
				...items.map((item, i) => cell(item, left + at[i]!.x, top + at[i]!.row * ROW))
			)
	};
}

/**
 * The legend in columns `width` wide, a row group for each of node kinds, relations, supports and
 * widths; with `compact`, one flow of them all (a slide's legend in a line or two).
 */
export function legendBlock(
	model: Legend,
	width: number,
	markers: Markers,
	compact = false
): Block {
	const shared = textGroup(LABEL_SIZE, PALETTES[model.theme].ink);
	const all = groups(model, markers, shared);
	if (compact) return flowBlock(all.flat(), width, shared);
	const labelWidth = Math.max(0, ...all.flat().map((i) => measureText(i.label, LABEL_SIZE).width));
	const column = SAMPLE + SAMPLE_GAP + labelWidth + COLUMN_GAP;
	const columns = Math.max(1, Math.floor((width + COLUMN_GAP) / column));
	const rows = all.reduce((n, g) => n + Math.ceil(g.length / columns), 0);
	return {
		height: rows ? Math.ceil(rows * ROW + GAP) : 0,
		draw: (left, top) => {
			let row = 0;
			const cells = all.flatMap((group) => {
				const drawn = group.map((item, i) =>
					cell(item, left + (i % columns) * column, top + (row + Math.floor(i / columns)) * ROW)
				);
				row += Math.ceil(group.length / columns);
				return drawn;
			});
			return el('g', { class: 'figure-legend', ...shared }, ...cells);
		}
	};
}
