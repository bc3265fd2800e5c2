/**
 * Geometry of the node shapes the grammar uses, matching Cytoscape.js's own definitions, so the
 * layout can size nodes and end edges on their outlines and the SVG renderer can draw them.
 */
import type { Point } from './types.ts';

export const NODE_SHAPES = [
	'ellipse',
	'rectangle',
	'round-rectangle',
	'bottom-round-rectangle',
	'cut-rectangle',
	'barrel',
	'hexagon',
	'concave-hexagon'
] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

/** Share of a shape's width and height in which a centred text box fits. */
export const TEXT_FIT: Record<NodeShape, { x: number; y: number }> = {
	ellipse: { x: Math.SQRT1_2, y: Math.SQRT1_2 },
	rectangle: { x: 1, y: 1 },
	'round-rectangle': { x: 1, y: 1 },
	'bottom-round-rectangle': { x: 1, y: 1 },
	'cut-rectangle': { x: 1, y: 1 },
	barrel: { x: 1, y: 1 },
	// the slanted sides leave 1 - y/2 of the half-width at height y
	hexagon: { x: 0.65, y: 0.7 },
	'concave-hexagon': { x: 0.75, y: 0.95 }
};

/** Unit polygons on [-1, 1]², y downwards, as Cytoscape.js defines them. */
const UNIT_POLYGONS: Partial<Record<NodeShape, number[]>> = {
	rectangle: [-1, -1, 1, -1, 1, 1, -1, 1],
	hexagon: [-0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1, -1, 0],
	'concave-hexagon': [-1, -0.95, 1, -0.95, 0.75, 0, 1, 0.95, -1, 0.95, -0.75, 0]
};

/** Cytoscape.js's corner sizes: round corners min(w/4, h/4, 8), cut corners 8. */
export const cornerRadius = (w: number, h: number) => Math.min(w / 4, h / 4, 8);
const CUT = 8;
const ARC_STEPS = 6;
const ELLIPSE_STEPS = 64;

function arc(cx: number, cy: number, r: number, from: number, to: number): Point[] {
	return Array.from({ length: ARC_STEPS + 1 }, (_, i) => {
		const a = from + ((to - from) * i) / ARC_STEPS;
		return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
	});
}

function quad(p0: Point, c: Point, p2: Point): Point[] {
	return Array.from({ length: ARC_STEPS + 1 }, (_, i) => {
		const t = i / ARC_STEPS;
		const u = 1 - t;
		return {
			x: u * u * p0.x + 2 * u * t * c.x + t * t * p2.x,
			y: u * u * p0.y + 2 * u * t * c.y + t * t * p2.y
		};
	});
}

/** Barrel corners as Cytoscape.js draws them: quadratic curves over 25% of the width. */
function barrelCorners(w: number, h: number) {
	const hw = w / 2;
	const hh = h / 2;
	const dy = Math.min(15, 0.05 * h);
	const dx = Math.min(100, 0.25 * w);
	const c = 0.05 * w;
	return [
		[
			{ x: -hw, y: -hh + dy },
			{ x: -hw + c, y: -hh },
			{ x: -hw + dx, y: -hh }
		],
		[
			{ x: hw - dx, y: -hh },
			{ x: hw - c, y: -hh },
			{ x: hw, y: -hh + dy }
		],
		[
			{ x: hw, y: hh - dy },
			{ x: hw - c, y: hh },
			{ x: hw - dx, y: hh }
		],
		[
			{ x: -hw + dx, y: hh },
			{ x: -hw + c, y: hh },
			{ x: -hw, y: hh - dy }
		]
	] as const;
}

/** The outline around the centre (0, 0), clockwise on screen; curves become short segments. */
export function shapeOutline(shape: NodeShape, width: number, height: number): Point[] {
	const hw = width / 2;
	const hh = height / 2;
	const unit = UNIT_POLYGONS[shape];
	if (unit)
		return Array.from({ length: unit.length / 2 }, (_, i) => ({
			x: unit[2 * i]! * hw,
			y: unit[2 * i + 1]! * hh
		}));
	const r = cornerRadius(width, height);
	const q = Math.PI / 2;
	switch (shape) {
		case 'ellipse':
			return Array.from({ length: ELLIPSE_STEPS }, (_, i) => {
				const a = -Math.PI + (2 * Math.PI * i) / ELLIPSE_STEPS;
				return { x: hw * Math.cos(a), y: hh * Math.sin(a) };
			});
		case 'round-rectangle':
			return [
				...arc(-hw + r, -hh + r, r, 2 * q, 3 * q),
				...arc(hw - r, -hh + r, r, 3 * q, 4 * q),
				...arc(hw - r, hh - r, r, 0, q),
				...arc(-hw + r, hh - r, r, q, 2 * q)
			];
		case 'bottom-round-rectangle':
			return [
				{ x: -hw, y: -hh },
				{ x: hw, y: -hh },
				...arc(hw - r, hh - r, r, 0, q),
				...arc(-hw + r, hh - r, r, q, 2 * q)
			];
		case 'cut-rectangle':
			return [
				{ x: -hw, y: -hh + CUT },
				{ x: -hw + CUT, y: -hh },
				{ x: hw - CUT, y: -hh },
				{ x: hw, y: -hh + CUT },
				{ x: hw, y: hh - CUT },
				{ x: hw - CUT, y: hh },
				{ x: -hw + CUT, y: hh },
				{ x: -hw, y: hh - CUT }
			];
		default:
			return barrelCorners(width, height).flatMap(([p0, c, p2]) => quad(p0, c, p2));
	}
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** An SVG path for the shape centred on (cx, cy), with true arcs and curves where it has them. */
export function shapeSvgPath(
	shape: NodeShape,
	cx: number,
	cy: number,
	width: number,
	height: number
): string {
	const at = (p: Point) => `${fmt(cx + p.x)} ${fmt(cy + p.y)}`;
	const hw = width / 2;
	const hh = height / 2;
	const r = cornerRadius(width, height);
	const corner = (p: Point) => `A ${fmt(r)} ${fmt(r)} 0 0 1 ${at(p)}`;
	switch (shape) {
		case 'ellipse':
			return `M ${at({ x: -hw, y: 0 })} A ${fmt(hw)} ${fmt(hh)} 0 1 1 ${at({ x: hw, y: 0 })} A ${fmt(hw)} ${fmt(hh)} 0 1 1 ${at({ x: -hw, y: 0 })} Z`;
		case 'round-rectangle':
			return `M ${at({ x: -hw + r, y: -hh })} H ${fmt(cx + hw - r)} ${corner({ x: hw, y: -hh + r })} V ${fmt(cy + hh - r)} ${corner({ x: hw - r, y: hh })} H ${fmt(cx - hw + r)} ${corner({ x: -hw, y: hh - r })} V ${fmt(cy - hh + r)} ${corner({ x: -hw + r, y: -hh })} Z`;
		case 'bottom-round-rectangle':
			return `M ${at({ x: -hw, y: -hh })} H ${fmt(cx + hw)} V ${fmt(cy + hh - r)} ${corner({ x: hw - r, y: hh })} H ${fmt(cx - hw + r)} ${corner({ x: -hw, y: hh - r })} Z`;
		case 'barrel':
			return `${barrelCorners(width, height)
				.map(([p0, c, p2], i) => `${i ? 'L' : 'M'} ${at(p0)} Q ${at(c)} ${at(p2)}`)
				.join(' ')} Z`;
		default:
			return `M ${shapeOutline(shape, width, height).map(at).join(' L ')} Z`;
	}
}

/** Where the ray from the centre towards `toward` (relative to the centre) leaves the outline. */
export function outlineExit(shape: NodeShape, width: number, height: number, toward: Point): Point {
	const len = Math.hypot(toward.x, toward.y);
	if (len === 0) return { x: 0, y: 0 };
	const d = { x: toward.x / len, y: toward.y / len };
	if (shape === 'ellipse') {
		const t = 1 / Math.hypot(d.x / (width / 2), d.y / (height / 2));
		return { x: d.x * t, y: d.y * t };
	}
	const pts = shapeOutline(shape, width, height);
	let best = Infinity;
	pts.forEach((a, i) => {
		const b = pts[(i + 1) % pts.length]!;
		const e = { x: b.x - a.x, y: b.y - a.y };
		const denom = d.x * e.y - d.y * e.x;
		if (Math.abs(denom) < 1e-12) return;
		const t = (a.x * e.y - a.y * e.x) / denom; // distance along the ray
		const s = (a.x * d.y - a.y * d.x) / denom; // position along the side
		if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9) best = Math.min(best, t);
	});
	return Number.isFinite(best) ? { x: d.x * best, y: d.y * best } : { x: 0, y: 0 };
}

/**
 * Where a line parallel to an axis meets the outline, on one side: `side` 0 right, 1 left,
 * 2 bottom, 3 top; `offset` is the line's distance from the centre (a horizontal line's y for
 * the left and right sides, a vertical line's x for the top and bottom). Relative to the centre.
 */
export function sideHit(
	shape: NodeShape,
	width: number,
	height: number,
	side: 0 | 1 | 2 | 3,
	offset: number
): Point {
	const vertical = side >= 2;
	const pts = shapeOutline(shape, width, height);
	const hits: number[] = [];
	pts.forEach((a, i) => {
		const b = pts[(i + 1) % pts.length]!;
		const [u1, u2, v1, v2] = vertical ? [a.x, b.x, a.y, b.y] : [a.y, b.y, a.x, b.x];
		if ((offset - u1) * (offset - u2) > 0 || u1 === u2) return;
		hits.push(v1 + ((offset - u1) / (u2 - u1)) * (v2 - v1));
	});
	const far = side === 0 || side === 2;
	const fallback = ((far ? 1 : -1) * (vertical ? height : width)) / 2;
	const v = hits.length ? (far ? Math.max(...hits) : Math.min(...hits)) : fallback;
	return vertical ? { x: offset, y: v } : { x: v, y: offset };
}
