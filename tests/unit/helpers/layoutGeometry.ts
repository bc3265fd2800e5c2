/** Geometry checks of a laid-out pathway, written independently of the layout code. */
import { expect } from 'vitest';
import { outlineExit } from '../../../src/lib/geometry/shapes.ts';
import type { Point } from '../../../src/lib/geometry/types.ts';
import { kindShape } from '../../../src/lib/grammar/kinds.ts';
import type { LaidOutPathway } from '../../../src/lib/layout/types.ts';

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}
export const bounds = (r: Rect) => ({
	x1: r.x - r.width / 2,
	x2: r.x + r.width / 2,
	y1: r.y - r.height / 2,
	y2: r.y + r.height / 2
});
export const overlaps = (a: Rect, b: Rect) => {
	const [p, q] = [bounds(a), bounds(b)];
	return p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
};
export const contains = (outer: Rect, inner: Rect) => {
	const [o, i] = [bounds(outer), bounds(inner)];
	return o.x1 <= i.x1 && i.x2 <= o.x2 && o.y1 <= i.y1 && i.y2 <= o.y2;
};

export function compartmentChain(laidOut: LaidOutPathway, id: string | undefined): string[] {
	const chain: string[] = [];
	for (let at = id; at; at = laidOut.compartments.find((c) => c.id === at)?.parent) chain.push(at);
	return chain;
}

/** Every structural property a laid-out pathway must have. */
export function expectSoundLayout(laidOut: LaidOutPathway): void {
	const compartment = (id: string) => laidOut.compartments.find((c) => c.id === id)!;
	for (const n of laidOut.nodes) {
		for (const c of compartmentChain(laidOut, n.compartment))
			expect(contains(compartment(c), n), `${n.id} inside ${c}`).toBe(true);
	}
	for (const c of laidOut.compartments) {
		if (c.parent) expect(contains(compartment(c.parent), c), `${c.id} in parent`).toBe(true);
		for (const n of laidOut.nodes) {
			if (!compartmentChain(laidOut, n.compartment).includes(c.id))
				expect(overlaps(c, n), `${n.id} clear of ${c.id}`).toBe(false);
		}
		for (const d of laidOut.compartments) {
			const nested =
				compartmentChain(laidOut, c.id).includes(d.id) ||
				compartmentChain(laidOut, d.id).includes(c.id);
			if (c.id < d.id && !nested) expect(overlaps(c, d), `${c.id} clear of ${d.id}`).toBe(false);
		}
	}
	laidOut.nodes.forEach((a, i) =>
		laidOut.nodes
			.slice(i + 1)
			.forEach((b) => expect(overlaps(a, b), `${a.id} clear of ${b.id}`).toBe(false))
	);
	for (const r of [...laidOut.nodes, ...laidOut.compartments]) {
		const b = bounds(r);
		expect(Math.min(b.x1, b.y1)).toBeGreaterThanOrEqual(0);
		expect(b.x2).toBeLessThanOrEqual(laidOut.width);
		expect(b.y2).toBeLessThanOrEqual(laidOut.height);
	}
}

/** A point lies on a node's outline when leaving the node towards it ends at the point. */
export function expectOnOutline(point: Point, node: LaidOutPathway['nodes'][number]): void {
	const rel = { x: point.x - node.x, y: point.y - node.y };
	const exit = outlineExit(kindShape(node.kind), node.width, node.height, rel);
	// within the rounding of both coordinates to 0.1, and the curves' short segments
	expect(Math.hypot(exit.x - rel.x, exit.y - rel.y), `${node.id} outline`).toBeLessThan(0.25);
}

export const numbers = (value: unknown): number[] =>
	typeof value === 'number'
		? [value]
		: value && typeof value === 'object'
			? Object.values(value).flatMap(numbers)
			: [];
