/** Compartment boxes from their contents: children's boxes, padding, and a label band on top. */
import type { Compartment } from '../model/atlas.ts';
import { TYPE } from './font.ts';
import { measureText } from './measureText.ts';
import { COMPARTMENT, LABEL_BAND } from './spacing.ts';
import type { LaidOutCompartment } from './types.ts';
import type { Placed } from '../geometry/types.ts';

const edges = (b: Placed) => ({
	x1: b.x - b.width / 2,
	x2: b.x + b.width / 2,
	y1: b.y - b.height / 2,
	y2: b.y + b.height / 2
});

/** The smallest box a compartment takes: its label and padding. */
export function emptyCompartmentSize(label: string): { width: number; height: number } {
	return {
		width: measureText(label, TYPE.compartmentSize).width + 2 * COMPARTMENT.padding,
		height: LABEL_BAND + COMPARTMENT.padding
	};
}

/** Where a compartment's label sits (centre and size): top centre, inside the padding; a collapsed one's in the middle. */
export function compartmentLabelBox(c: LaidOutCompartment): Placed {
	const top = c.y - c.height / 2 + COMPARTMENT.padding + COMPARTMENT.labelHeight / 2;
	return {
		x: c.x,
		y: c.collapsed === undefined ? top : c.y,
		width: measureText(c.label, TYPE.compartmentSize).width,
		height: COMPARTMENT.labelHeight
	};
}

const depthOf = (id: string, byId: Map<string, Compartment>): number => {
	const parent = byId.get(id)?.parent;
	return parent ? 1 + depthOf(parent, byId) : 0;
};

/**
 * Boxes for every compartment, deepest first so a parent encloses its children's boxes.
 * `members` are the laid-out nodes by compartment; an empty compartment keeps its dagre centre.
 */
export function compartmentBoxes(
	compartments: Compartment[],
	members: Map<string, Placed[]>,
	centreOf: (id: string) => { x: number; y: number }
): Map<string, Placed> {
	const byId = new Map(compartments.map((c) => [c.id, c]));
	const deepestFirst = [...compartments].sort((a, b) => depthOf(b.id, byId) - depthOf(a.id, byId));
	const boxes = new Map<string, Placed>();
	for (const c of deepestFirst) {
		const inside = [
			...(members.get(c.id) ?? []),
			...compartments.filter((k) => k.parent === c.id).map((k) => boxes.get(k.id)!)
		];
		if (!inside.length) {
			boxes.set(c.id, { ...centreOf(c.id), ...emptyCompartmentSize(c.label.en) });
			continue;
		}
		const e = inside.map(edges);
		const x1 = Math.min(...e.map((b) => b.x1)) - COMPARTMENT.padding;
		const x2 = Math.max(...e.map((b) => b.x2)) + COMPARTMENT.padding;
		const y1 = Math.min(...e.map((b) => b.y1)) - LABEL_BAND;
		const y2 = Math.max(...e.map((b) => b.y2)) + COMPARTMENT.padding;
		const width = Math.max(x2 - x1, emptyCompartmentSize(c.label.en).width);
		boxes.set(c.id, { x: (x1 + x2) / 2, y: (y1 + y2) / 2, width, height: y2 - y1 });
	}
	return boxes;
}
