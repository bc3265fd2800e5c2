/**
 * Arrowheads as `<marker>`s, one per glyph and line width, drawn from arrowOutline so they are
 * Cytoscape.js's own. The legend's relation samples use the same markers as the edges.
 */
import { arrowOutline } from '../../style/arrows.ts';
import type { ArrowGlyph } from '../../style/visualGrammar.ts';
import { el, num } from './markup.ts';

export interface ArrowUse {
	arrow: ArrowGlyph;
	/** Line width, rounded as drawn. */
	width: number;
}

/**
 * How far before the target's outline the tip and the line stop. Cytoscape.js stops a line short
 * of its arrow's tip (its spacing and gap); a hollow arrow's line stops at the arrow's base here,
 * so the line does not show through it.
 */
export function arrowSetback({ arrow, width }: ArrowUse): { tip: number; line: number } {
	if (arrow.shape === 'none') return { tip: 0, line: 0 };
	if (arrow.shape === 'tee') return { tip: 1, line: 1 };
	if (arrow.fill === 'hollow')
		return { tip: 0, line: Math.max(...arrowOutline(arrow.shape, width).map((p) => -p.x)) };
	return { tip: 0, line: arrow.shape === 'triangle' ? 2 * width : width };
}

export const markerId = (theme: string, { arrow, width }: ArrowUse) =>
	`arrow-${theme}-${arrow.shape}-${arrow.fill}-${Math.round(width * 10)}`;

function markerSvg(id: string, use: ArrowUse, colour: string): string {
	const { tip, line } = arrowSetback(use);
	// the marker sits on the line's end; the tip is this much further on
	const ahead = line - tip;
	const pts = arrowOutline(use.arrow.shape, use.width).map((p) => ({ x: p.x + ahead, y: p.y }));
	const hollow = use.arrow.fill === 'hollow';
	const pad = hollow ? 1.5 * use.width : 0.5;
	const xs = pts.map((p) => p.x);
	const ys = pts.map((p) => p.y);
	const x = Math.floor(Math.min(...xs) - pad);
	const y = Math.floor(Math.min(...ys) - pad);
	const w = Math.ceil(Math.max(...xs) + pad) - x;
	const h = Math.ceil(Math.max(...ys) + pad) - y;
	const d = `M ${pts.map((p) => `${num(p.x)} ${num(p.y)}`).join(' L ')} Z`;
	return el(
		'marker',
		{
			id,
			markerUnits: 'userSpaceOnUse',
			viewBox: `${x} ${y} ${w} ${h}`,
			markerWidth: w,
			markerHeight: h,
			refX: 0,
			refY: 0,
			orient: 'auto'
		},
		el(
			'path',
			hollow
				? { d, fill: 'none', stroke: colour, 'stroke-width': use.width, 'stroke-linejoin': 'miter' }
				: { d, fill: colour }
		)
	);
}

/** One marker per distinct arrow in use, sorted by id. */
export function markerDefs(theme: string, uses: ArrowUse[], colour: string): string {
	const byId = new Map<string, ArrowUse>();
	for (const use of uses) if (use.arrow.shape !== 'none') byId.set(markerId(theme, use), use);
	return [...byId.keys()]
		.sort()
		.map((id) => markerSvg(id, byId.get(id)!, colour))
		.join('\n');
}
