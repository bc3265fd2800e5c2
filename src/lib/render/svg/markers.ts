/**
 * Arrowheads as `<marker>`s, one per distinct arrowhead (line widths whose arrowheads are drawn
 * alike share one), drawn from arrowParts so they are Cytoscape.js's own. The legend's relation
 * samples use the same markers as the edges.
 */
import { ARROW_SHAPES, arrowExtremes, arrowPathData } from '../../style/arrows.ts';
import type { ArrowGlyph } from '../../style/visualGrammar.ts';
import { el, type Attrs } from './markup.ts';
import { compactPath } from './pathData.ts';

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
	const outline = arrowExtremes(arrow.shape, width);
	if (arrow.fill === 'hollow' && outline.length)
		return { tip: 0, line: Math.max(...outline.map((p) => -p.x)) };
	return ARROW_SHAPES[arrow.shape].stop(width);
}

/** How far a halo reaches beyond what it surrounds, on each side. */
export const HALO = 2;

/** A halo's marker draws the arrowhead grown by HALO, in the paper's colour, under the ink's. */
export interface MarkerPaint {
	colour: string;
	halo?: boolean;
}

/** Named by what it draws: theme, glyph ("open" when hollow) and line width in tenths. */
const markerName = (theme: string, { arrow, width }: ArrowUse, halo?: boolean) =>
	`arrow-${theme}${halo ? '-halo' : ''}-${arrow.shape}${arrow.fill === 'hollow' ? '-open' : ''}-${Math.round(width * 10)}`;

/** The marker without its id: two uses that draw the same arrowhead share it. */
function markerBody(use: ArrowUse, paint: MarkerPaint): { attrs: Attrs; path: string } {
	const { tip, line } = arrowSetback(use);
	// the marker sits on the line's end; the tip is this much further on
	const at = { x: line - tip, y: 0 };
	const pts = arrowExtremes(use.arrow.shape, use.width).map((p) => ({ x: p.x + at.x, y: p.y }));
	const hollow = use.arrow.fill === 'hollow';
	const pad = (hollow ? 1.5 * use.width : 0.5) + (paint.halo ? HALO : 0);
	const xs = pts.map((p) => p.x);
	const ys = pts.map((p) => p.y);
	const x = Math.floor(Math.min(...xs) - pad);
	const y = Math.floor(Math.min(...ys) - pad);
	const w = Math.ceil(Math.max(...xs) + pad) - x;
	const h = Math.ceil(Math.max(...ys) + pad) - y;
	const d = compactPath(arrowPathData(use.arrow.shape, use.width, at));
	const stroke = hollow ? use.width : 0;
	return {
		// refX and refY are 0, their initial value
		attrs: {
			markerUnits: 'userSpaceOnUse',
			viewBox: `${x} ${y} ${w} ${h}`,
			markerWidth: w,
			markerHeight: h,
			orient: 'auto'
		},
		path: el(
			'path',
			paint.halo
				? {
						d,
						fill: paint.colour,
						stroke: paint.colour,
						'stroke-width': stroke + 2 * HALO,
						'stroke-linejoin': 'round'
					}
				: hollow
					? {
							d,
							fill: 'none',
							stroke: paint.colour,
							'stroke-width': use.width,
							'stroke-linejoin': 'miter'
						}
					: { d, fill: paint.colour }
		)
	};
}

export interface Markers {
	/** The `<marker>` elements, one per distinct arrowhead, sorted by id. */
	defs: string;
	/** The marker an arrow uses; undefined for none. */
	idOf: (use: ArrowUse) => string | undefined;
}

/** One marker per distinct arrowhead in use, named after its thinnest use. */
export function markerSet(theme: string, uses: ArrowUse[], paint: MarkerPaint): Markers {
	const idByBody = new Map<string, string>();
	const idByName = new Map<string, string>();
	const markup = new Map<string, string>();
	const drawn = uses.filter((u) => u.arrow.shape !== 'none').sort((a, b) => a.width - b.width);
	for (const use of drawn) {
		const body = markerBody(use, paint);
		const same = el('marker', body.attrs, body.path);
		const id = idByBody.get(same) ?? markerName(theme, use, paint.halo);
		if (!idByBody.has(same)) markup.set(id, el('marker', { id, ...body.attrs }, body.path));
		idByBody.set(same, id);
		idByName.set(markerName(theme, use, paint.halo), id);
	}
	return {
		defs: [...markup.keys()]
			.sort()
			.map((id) => markup.get(id)!)
			.join('\n'),
		idOf: (use) => idByName.get(markerName(theme, use, paint.halo))
	};
}
