/** Which elements a figure shows and the model-space frame it shows them in. */
import type {
	LaidOutCompartment,
	LaidOutEdge,
	LaidOutNode,
	LaidOutPathway
} from '../layout/types.ts';
import { inHypothesis } from '../model/hypotheses.ts';
import type { FigureContext } from './figureContext.ts';
import { pathwayFrame, whole } from './frame.ts';
import type { SvgOptions } from './options.ts';
import type { Frame } from '../geometry/types.ts';

export interface Visible {
	nodes: LaidOutNode[];
	edges: LaidOutEdge[];
	compartments: LaidOutCompartment[];
	/** Whole units, so the output size is whole pixels. */
	frame: Frame;
	/** Elements may reach past the frame and are clipped to it. */
	clipped: boolean;
}

const centred = (b: { x: number; y: number; width: number; height: number }): Frame => ({
	x: b.x - b.width / 2,
	y: b.y - b.height / 2,
	width: b.width,
	height: b.height
});

const overlaps = (a: Frame, b: Frame) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function segmentBox(e: LaidOutEdge): Frame {
	const xs = e.points.map((p) => p.x);
	const ys = e.points.map((p) => p.y);
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	// a horizontal or vertical edge still has an extent
	return { x: x - 1, y: y - 1, width: Math.max(...xs) - x + 2, height: Math.max(...ys) - y + 2 };
}

/** The ids lecture steps 1..n reveal, together. */
export function stepIds(context: FigureContext, step: number): Set<string> {
	const n = Math.max(0, Math.min(Math.floor(step), context.steps.length));
	return new Set(context.steps.slice(0, n).flatMap((s) => s.show));
}

/** Compartments shown, and every compartment around what is shown. */
function withAncestors(
	laidOut: LaidOutPathway,
	shown: (c: LaidOutCompartment) => boolean,
	nodes: LaidOutNode[]
): LaidOutCompartment[] {
	const byId = new Map(laidOut.compartments.map((c) => [c.id, c]));
	const keep = new Set<string>();
	const climb = (id: string | undefined) => {
		for (let at = id; at && !keep.has(at); at = byId.get(at)?.parent) keep.add(at);
	};
	laidOut.compartments.filter(shown).forEach((c) => climb(c.id));
	nodes.forEach((n) => climb(n.compartment));
	return laidOut.compartments.filter((c) => keep.has(c.id));
}

/**
 * Narrows what a scope shows to one hypothesis and the shared elements, in the same frame, so
 * that the figures of successive hypotheses line up.
 */
function ofHypothesis(
	laidOut: LaidOutPathway,
	visible: Visible,
	hypothesis: string,
	context: FigureContext
): Visible {
	const members = context.members;
	const keep = (id: string) => inHypothesis({ hypotheses: members?.get(id) }, hypothesis);
	const nodes = visible.nodes.filter((n) => keep(n.id));
	const shown = new Set(nodes.map((n) => n.id));
	const around = new Set(withAncestors(laidOut, () => false, nodes).map((c) => c.id));
	return {
		...visible,
		nodes,
		edges: visible.edges.filter((e) => keep(e.id) && shown.has(e.source) && shown.has(e.target)),
		compartments: visible.compartments.filter((c) => around.has(c.id))
	};
}

/** What of the visible elements a clipped frame draws (the legend names only those). */
export function inFrame(visible: Visible): { nodes: LaidOutNode[]; edges: LaidOutEdge[] } {
	if (!visible.clipped) return visible;
	const { frame } = visible;
	return {
		nodes: visible.nodes.filter((n) => overlaps(centred(n), frame)),
		edges: visible.edges.filter((e) => overlaps(segmentBox(e), frame))
	};
}

/** The elements drawn within `frame`, wholly or in part. */
function overlapping(laidOut: LaidOutPathway, frame: Frame) {
	return {
		nodes: laidOut.nodes.filter((n) => overlaps(centred(n), frame)),
		edges: laidOut.edges.filter((e) => overlaps(segmentBox(e), frame)),
		compartments: laidOut.compartments.filter((c) => overlaps(centred(c), frame))
	};
}

/** The ids of the elements drawn within `frame`, wholly or in part. */
export function idsWithin(laidOut: LaidOutPathway, frame: Frame): Set<string> {
	const { nodes, edges, compartments } = overlapping(laidOut, frame);
	return new Set([...nodes, ...edges, ...compartments].map((x) => x.id));
}

/** Of the visible elements, those `only` names (the frame kept): a part of a figure. */
export function onlyOf(visible: Visible, only: ReadonlySet<string>): Visible {
	const keep = <T extends { id: string }>(items: T[]) => items.filter((x) => only.has(x.id));
	return {
		...visible,
		nodes: keep(visible.nodes),
		edges: keep(visible.edges),
		compartments: keep(visible.compartments)
	};
}

export function visibleElements(
	laidOut: LaidOutPathway,
	options: Pick<SvgOptions, 'scope' | 'viewport' | 'step' | 'hypothesis'>,
	context: FigureContext
): Visible {
	const visible = scopedElements(laidOut, options, context);
	return options.hypothesis ? ofHypothesis(laidOut, visible, options.hypothesis, context) : visible;
}

function scopedElements(
	laidOut: LaidOutPathway,
	options: Pick<SvgOptions, 'scope' | 'viewport' | 'step'>,
	context: FigureContext
): Visible {
	const full = pathwayFrame(laidOut);
	if (options.scope === 'step') {
		const ids = stepIds(context, options.step ?? context.steps.length);
		const nodes = laidOut.nodes.filter((n) => ids.has(n.id));
		const shown = new Set(nodes.map((n) => n.id));
		return {
			nodes,
			edges: laidOut.edges.filter(
				(e) => ids.has(e.id) && shown.has(e.source) && shown.has(e.target)
			),
			compartments: withAncestors(laidOut, (c) => ids.has(c.id), nodes),
			// every step in the same frame, so slides of successive steps line up; a slide may
			// give the presentation's view of the step instead
			frame: options.viewport ? whole(options.viewport) : full,
			clipped: Boolean(options.viewport)
		};
	}
	if (options.scope === 'viewport' && options.viewport) {
		const frame = whole(options.viewport);
		return { ...overlapping(laidOut, frame), frame, clipped: true };
	}
	return {
		nodes: laidOut.nodes,
		edges: laidOut.edges,
		compartments: laidOut.compartments,
		frame: full,
		clipped: false
	};
}
