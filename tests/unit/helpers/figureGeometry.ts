/**
 * What a reader meets in a whole-figure SVG, read from the SVG's own markup: node boxes,
 * compartment titles, each edge's path as points, the label size when the figure is fitted to a
 * screen, and the arrows that pass through a text they do not belong to.
 */
import { TYPE } from '../../../src/lib/layout/font.ts';
import { measureText } from '../../../src/lib/layout/measureText.ts';
import type { Point } from '../../../src/lib/geometry/types.ts';
import { allElements, parseSvg } from './figures.ts';

export interface Rect {
	id: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

const num = (el: Element, name: string) => Number(el.getAttribute(name));

/** The box of a node's shape: a rect, an ellipse or a path of straight and curved pieces. */
function shapeBox(id: string, shape: Element): Rect | undefined {
	if (shape.tagName === 'rect') {
		const [x, y] = [num(shape, 'x'), num(shape, 'y')];
		return { id, x1: x, y1: y, x2: x + num(shape, 'width'), y2: y + num(shape, 'height') };
	}
	if (shape.tagName === 'ellipse') {
		const [cx, cy, rx, ry] = ['cx', 'cy', 'rx', 'ry'].map((a) => num(shape, a)) as number[];
		return { id, x1: cx! - rx!, y1: cy! - ry!, x2: cx! + rx!, y2: cy! + ry! };
	}
	const d = shape.getAttribute('d') ?? shape.getAttribute('points');
	if (!d) return undefined;
	const pts = shape.tagName === 'path' ? pathPoints(d) : pairs(d);
	return {
		id,
		x1: Math.min(...pts.map((p) => p.x)),
		y1: Math.min(...pts.map((p) => p.y)),
		x2: Math.max(...pts.map((p) => p.x)),
		y2: Math.max(...pts.map((p) => p.y))
	};
}

const pairs = (text: string): Point[] => {
	const n = text
		.trim()
		.split(/[\s,]+/)
		.map(Number);
	return n.flatMap((v, i) => (i % 2 ? [] : [{ x: v, y: n[i + 1]! }]));
};

/** Points along path data (M L H V Q A Z, absolute or relative), every 2 units or so. */
export function pathPoints(d: string): Point[] {
	const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
	const out: Point[] = [];
	let at: Point = { x: 0, y: 0 };
	let start = at;
	let cmd = '';
	const line = (to: Point) => {
		const n = Math.max(1, Math.ceil(Math.hypot(to.x - at.x, to.y - at.y) / 2));
		for (let k = 1; k <= n; k++)
			out.push({ x: at.x + ((to.x - at.x) * k) / n, y: at.y + ((to.y - at.y) * k) / n });
		at = to;
	};
	for (let i = 0; i < tokens.length;) {
		if (/[A-Za-z]/.test(tokens[i]!)) cmd = tokens[i++]!;
		const rel = cmd === cmd.toLowerCase();
		const o = rel ? at : { x: 0, y: 0 };
		const n = () => Number(tokens[i++]);
		switch (cmd.toUpperCase()) {
			case 'M':
				at = { x: n() + o.x, y: n() + o.y };
				start = at;
				out.push(at);
				cmd = rel ? 'l' : 'L';
				break;
			case 'L':
				line({ x: n() + o.x, y: n() + o.y });
				break;
			case 'H':
				line({ x: n() + o.x, y: at.y });
				break;
			case 'V':
				line({ x: at.x, y: n() + o.y });
				break;
			case 'Q': {
				const c = { x: n() + o.x, y: n() + o.y };
				const to = { x: n() + o.x, y: n() + o.y };
				const from = at;
				for (let k = 1; k <= 12; k++) {
					const t = k / 12;
					const u = 1 - t;
					out.push({
						x: u * u * from.x + 2 * u * t * c.x + t * t * to.x,
						y: u * u * from.y + 2 * u * t * c.y + t * t * to.y
					});
				}
				at = to;
				break;
			}
			case 'A':
				for (let k = 0; k < 5; k++) n();
				line({ x: n() + o.x, y: n() + o.y });
				break;
			case 'Z':
				line(start);
				break;
			default:
				i++;
		}
	}
	return out;
}

export interface FigureGeometry {
	viewBox: { width: number; height: number };
	nodeFont: number;
	nodes: Rect[];
	titles: Rect[];
	edges: { id: string; points: Point[] }[];
}

const groupFont = (doc: Document, className: string, fallback: number) => {
	const g = allElements(doc).find((el) => el.getAttribute('class') === className);
	return Number(g?.getAttribute('font-size') ?? fallback);
};

export function figureGeometry(svg: string): FigureGeometry {
	const doc = parseSvg(svg);
	const all = allElements(doc);
	const [, , width, height] = (doc.documentElement.getAttribute('viewBox') ?? '')
		.split(/\s+/)
		.map(Number);
	const titleFont = groupFont(doc, 'figure-compartments', TYPE.compartmentSize);
	const idOf = (el: Element, prefix: string) => (el.getAttribute('id') ?? '').slice(prefix.length);
	const nodes = all
		.filter((el) => el.tagName === 'g' && el.getAttribute('id')?.startsWith('node-'))
		.map((g) => {
			const shape = all.find(
				(el) => el.parentNode === g && ['rect', 'ellipse', 'path', 'polygon'].includes(el.tagName)
			);
			return shape && shapeBox(idOf(g, 'node-'), shape);
		})
		.filter((b): b is Rect => Boolean(b));
	const titles = all
		.filter((el) => el.tagName === 'g' && el.getAttribute('id')?.startsWith('compartment-'))
		.flatMap((g) => {
			const text = all.find((el) => el.parentNode === g && el.tagName === 'text');
			if (!text) return [];
			const w = measureText(text.textContent ?? '', titleFont).width;
			const [x, y] = [num(text, 'x'), num(text, 'y')];
			const id = idOf(g, 'compartment-');
			return [
				{ id, x1: x - w / 2, y1: y - titleFont * 0.8, x2: x + w / 2, y2: y + titleFont * 0.2 }
			];
		});
	const edges = all
		.filter((el) => el.tagName === 'path' && el.getAttribute('id')?.startsWith('edge-'))
		.map((el) => ({ id: idOf(el, 'edge-'), points: pathPoints(el.getAttribute('d') ?? '') }));
	return {
		viewBox: { width: width!, height: height! },
		nodeFont: groupFont(doc, 'figure-nodes', TYPE.nodeSize),
		nodes,
		titles,
		edges
	};
}

const inside = (b: Rect, p: Point, pad = 0) =>
	p.x > b.x1 - pad && p.x < b.x2 + pad && p.y > b.y1 - pad && p.y < b.y2 + pad;

/**
 * Each arrow passing through a node that is not one of its ends, or through a compartment's
 * title: "edge through box". A node counts a little inside its outline (its border and the
 * arrowhead's tip touch it); an arrow's ends are the nodes its first and last points touch.
 */
export function arrowsThroughText(g: FigureGeometry): string[] {
	const nodes = g.nodes.map((n) => ({
		...n,
		x1: n.x1 + 2,
		y1: n.y1 + 2,
		x2: n.x2 - 2,
		y2: n.y2 - 2
	}));
	const found: string[] = [];
	for (const e of g.edges) {
		const first = e.points[0]!;
		const last = e.points[e.points.length - 1]!;
		const ends = nodes.filter((n) => inside(n, first, 6) || inside(n, last, 14));
		const middle = e.points.slice(2, -2);
		for (const box of [...nodes, ...g.titles.map((t) => ({ ...t, id: `title ${t.id}` }))]) {
			if (ends.includes(box)) continue;
			if (middle.some((p) => inside(box, p))) found.push(`${e.id} through ${box.id}`);
		}
	}
	return found;
}

/** The node labels' size in px when the whole figure is fitted to a screen of this size. */
export const labelPxFitted = (g: FigureGeometry, screen: { width: number; height: number }) =>
	g.nodeFont * Math.min(screen.width / g.viewBox.width, screen.height / g.viewBox.height);

/** The share of the screen the fitted figure covers. */
export function fillFitted(g: FigureGeometry, screen: { width: number; height: number }) {
	const k = Math.min(screen.width / g.viewBox.width, screen.height / g.viewBox.height);
	return (g.viewBox.width * k * g.viewBox.height * k) / (screen.width * screen.height);
}
