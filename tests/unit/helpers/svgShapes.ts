/** Reading SVG shapes back as numbers: the points of a path, the box an element covers. */
import { expect } from 'vitest';
import { shapeSvgPath, type NodeShape } from '../../../src/lib/geometry/shapes.ts';

/** Every point a path passes through or curves towards, absolute, whichever way it is written. */
export function pathPoints(d: string): number[] {
	const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, q: 4, a: 7, z: 0 };
	const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g)!;
	const out: number[] = [];
	let [x, y, x0, y0] = [0, 0, 0, 0];
	let cmd = '';
	for (let i = 0; i < tokens.length;) {
		if (/[A-Za-z]/.test(tokens[i]!)) cmd = tokens[i++]!;
		const lower = cmd.toLowerCase();
		const rel = cmd === lower;
		const a = tokens.slice(i, i + arity[lower]!).map(Number);
		i += a.length;
		const px = (v: number) => (rel ? x + v : v);
		const py = (v: number) => (rel ? y + v : v);
		if (lower === 'z') [x, y] = [x0, y0];
		else if (lower === 'h') x = px(a[0]!);
		else if (lower === 'v') y = py(a[0]!);
		else if (lower === 'a') [x, y] = [px(a[5]!), py(a[6]!)];
		else if (lower === 'q') {
			out.push(px(a[0]!), py(a[1]!));
			[x, y] = [px(a[2]!), py(a[3]!)];
		} else [x, y] = [px(a[0]!), py(a[1]!)];
		if (lower === 'm') [x0, y0] = [x, y];
		if (lower !== 'z') out.push(x, y);
		if (lower === 'm') cmd = rel ? 'l' : 'L';
	}
	return out;
}

/** What the drawn shape covers, by kind of element. */
export function drawnBox(el: Element): Record<string, number | number[]> {
	const n = (name: string) => Number(el.getAttribute(name) ?? 0);
	if (el.tagName === 'ellipse') return { cx: n('cx'), cy: n('cy'), rx: n('rx'), ry: n('ry') };
	if (el.tagName === 'rect')
		return {
			left: n('x'),
			top: n('y'),
			right: n('x') + n('width'),
			bottom: n('y') + n('height'),
			rx: n('rx')
		};
	return { points: pathPoints(el.getAttribute('d')!) };
}

/** What the shape should cover, in the same terms, unrounded. */
export function expectedBox(
	shape: NodeShape,
	cx: number,
	cy: number,
	w: number,
	h: number
): Record<string, number | number[]> {
	if (shape === 'ellipse') return { cx, cy, rx: w / 2, ry: h / 2 };
	if (shape === 'rectangle' || shape === 'round-rectangle')
		return {
			left: cx - w / 2,
			top: cy - h / 2,
			right: cx + w / 2,
			bottom: cy + h / 2,
			rx: shape === 'rectangle' ? 0 : Math.min(w / 4, h / 4, 8)
		};
	return { points: pathPoints(shapeSvgPath(shape, cx, cy, w, h)) };
}

/** Equal but for rounding to one decimal: every number within 0.06 (float error included). */
export function expectRounded(
	actual: Record<string, number | number[]>,
	expected: typeof actual,
	name: string
) {
	expect(Object.keys(actual), name).toEqual(Object.keys(expected));
	for (const [k, v] of Object.entries(expected)) {
		const want = [v].flat();
		const got = [actual[k]!].flat();
		expect(got.length, `${name} ${k}`).toBe(want.length);
		got.forEach((g, i) => expect(Math.abs(g - want[i]!), `${name} ${k}[${i}]`).toBeLessThan(0.06));
	}
}
