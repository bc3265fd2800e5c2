/**
 * The small badges on an arrow: a "?" in a circle where the claim is contested, an "H" in a
 * rounded square where some of its evidence is a study in people. Shape and letter tell them
 * apart without colour; both sit on the line, a third of the way from each end.
 */
import type { EdgeMark } from '../../i18n/vocabulary/marks.ts';
import { pointAlong } from '../../geometry/polyline.ts';
import type { LaidOutEdge } from '../../layout/types.ts';
import type { Point } from '../../geometry/types.ts';
import { PALETTES, type Theme } from '../../style/themes.ts';
import { el } from './markup.ts';
import { lineHeight, textLines } from './text.ts';

export const MARK_SIZE = 14;
const LETTER = 10;

/** A mark centred at (x, y). */
export function markSvg(mark: EdgeMark, x: number, y: number, theme: Theme): string {
	const { background, ink } = PALETTES[theme];
	const half = MARK_SIZE / 2;
	const badge =
		mark === 'contested'
			? el('circle', { cx: x, cy: y, r: half })
			: el('rect', { x: x - half, y: y - half, width: MARK_SIZE, height: MARK_SIZE, rx: 2 });
	const letter = textLines(
		[mark === 'contested' ? '?' : 'H'],
		x,
		y - lineHeight(LETTER) / 2,
		LETTER,
		{
			fill: ink,
			stroke: 'none',
			'font-weight': 'bold',
			'text-anchor': 'middle'
		}
	);
	return el(
		'g',
		{ class: `edge-mark mark-${mark}`, fill: background, stroke: ink, 'stroke-width': 1 },
		badge,
		letter
	);
}

/** Where an edge's marks sit on its path. */
export function edgeMarkPlaces(e: LaidOutEdge): { mark: EdgeMark; at: Point }[] {
	if (!e.points.length) return [];
	const marks: [EdgeMark, number][] = [];
	if (e.contested) marks.push(['contested', 0.35]);
	if (e.human) marks.push(['human', 0.65]);
	return marks.map(([mark, t]) => ({ mark, at: pointAlong(e.points, t) }));
}

/** The marks of one edge, on its path. */
export const edgeMarksSvg = (e: LaidOutEdge, theme: Theme): string =>
	edgeMarkPlaces(e)
		.map(({ mark, at }) => markSvg(mark, at.x, at.y, theme))
		.join('');
