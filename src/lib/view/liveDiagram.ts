/**
 * What the live diagram does once Cytoscape has come (pointer events, the highlighted
 * neighbourhood, whether the figure is cropped): loaded with Cytoscape, so the page's first
 * script carries none of it.
 */
import type { Core } from 'cytoscape';
import type { Frame, Point } from '../geometry/types.ts';
import { coveredBelow, type ScreenBox } from './covered.ts';
import { showsWhole } from './firstView.ts';
import { isLargeGraph } from './largeGraph.ts';

export { viewportOptions } from './largeGraph.ts';
/** The page ships its layout once: Cytoscape's elements are made from it here, as Cytoscape comes. */
export { toCytoscapeElements } from '../style/cytoscapeElements.ts';

/** Taps select (the background clears), hovering highlights a neighbourhood. */
export function listenTo(core: Core, onselect: (id: string | undefined) => void) {
	core.on('tap', 'node, edge', (e) => onselect(e.target.id()));
	core.on('tap', (e) => {
		if (e.target === core) onselect(undefined);
	});
	core.on('mouseover', 'node, edge', (e) => highlightAround(core, e.target.id()));
	core.on('mouseout', 'node, edge', () => highlightAround(core, undefined));
}

/**
 * A node with its edges and neighbours, an edge with its two ends; the rest faded, but on a
 * large graph, where restyling every element on each hover made a click wait for it.
 */
export function highlightAround(core: Core, id: string | undefined) {
	core.batch(() => {
		core.elements('.faded, .highlighted').removeClass('faded highlighted');
		if (!id) return;
		const el = core.getElementById(id);
		const near = el.union(el.closedNeighborhood()).union(el.connectedNodes());
		if (!isLargeGraph(core.elements().length))
			core.elements().not(near).not(':parent').addClass('faded');
		near.addClass('highlighted');
	});
}

/** Tells `cropped` whenever the view stops showing the whole frame, or shows it again. */
export function watchCropping(core: Core, whole: Frame, cropped: (yes: boolean) => void) {
	const check = () => {
		const e = core.extent();
		cropped(!showsWhole({ x: e.x1, y: e.y1, width: e.w, height: e.h }, whole));
	};
	core.on('viewport resize', check);
	check();
}

/** Elements a filter or a collapsed compartment leaves out. */
export function showHidden(core: Core, hidden: ReadonlySet<string>) {
	core.elements().removeClass('hidden-background');
	for (const id of hidden) core.getElementById(id).addClass('hidden-background');
}

/** The elements of hypotheses other than the one chosen, drawn faintly. */
export function fadeOutside(core: Core, faded: ReadonlySet<string>) {
	core.batch(() => {
		core.elements().removeClass('out-of-hypothesis');
		for (const id of faded) core.getElementById(id).addClass('out-of-hypothesis');
	});
}

/** Each hypothesis's mark (class and edge letters) on its elements, the old marks taken off. */
export function markHypotheses(
	core: Core,
	marks: Record<string, { class: string; letters?: string }>
) {
	core.batch(() => {
		core.elements('[?hypothesisMarked]').forEach((el) => {
			el.classes(el.classes().filter((c: string) => !c.startsWith('hyp-')));
			el.data('hypothesisMarked', false);
		});
		for (const [id, mark] of Object.entries(marks)) {
			const el = core.getElementById(id);
			el.addClass(mark.class).data({
				hypothesisMarked: true,
				hypothesisLetters: mark.letters ?? ''
			});
		}
	});
}

/** Where each edge's verb is written (model coordinates), per diagram; none: no verbs. */
const verbPlacesOf = new WeakMap<Core, ReadonlyMap<string, Point>>();

/**
 * Writes each edge's verb at its place, and no verb on an edge without one. Cytoscape centres
 * an edge's label on its midpoint: the label is moved from there to the place, again whenever a
 * node moves (a new layout glides in).
 */
export function placeVerbs(core: Core, places: ReadonlyMap<string, Point>) {
	const first = !verbPlacesOf.has(core);
	verbPlacesOf.set(core, places);
	moveVerbs(core);
	if (!first) return;
	let queued = false;
	core.on('position', 'node', () => {
		if (queued || !verbPlacesOf.get(core)?.size) return;
		queued = true;
		requestAnimationFrame(() => {
			queued = false;
			if (!core.destroyed()) moveVerbs(core);
		});
	});
}

function moveVerbs(core: Core) {
	const places = verbPlacesOf.get(core) ?? new Map<string, Point>();
	const edges = core.edges();
	// midpoints read before the batch: inside one, Cytoscape's geometry is not brought up to date
	const offsets = edges.map((edge) => {
		const at = places.get(edge.id());
		if (!at) return undefined;
		const middle = edge.midpoint();
		// an edge not drawn (hidden by a filter) has no midpoint
		if (!Number.isFinite(middle?.x) || !Number.isFinite(middle?.y)) return undefined;
		return { verbDx: at.x - middle.x, verbDy: at.y - middle.y };
	});
	core.batch(() =>
		edges.forEach((edge, i) => {
			const offset = offsets[i];
			if (offset) edge.data(offset);
			edge.toggleClass('verbs', Boolean(offset));
		})
	);
}

/** Node labels in the reader's language. */
export function drawLabels(core: Core, labels: Record<string, string>) {
	core.batch(() => {
		for (const [id, text] of Object.entries(labels)) core.getElementById(id).data('label', text);
	});
}

/** The part of the diagram a reader sees, in model coordinates: the lower part under `over` left out. */
function seenExtent(core: Core, over: ScreenBox | undefined): Frame {
	const e = core.extent();
	const hidden = (core.height() - seenHeight(core, over)) / core.zoom();
	return { x: e.x1, y: e.y1, width: e.w, height: e.h - hidden };
}

/** Less of the diagram than this above a sheet, and the diagram counts as under it, whole. */
const SLIVER_PX = 40;

/** The height of the diagram the reader sees above what covers it (all of it when a sliver). */
function seenHeight(core: Core, over: ScreenBox | undefined): number {
	const height = core.height();
	const seen = height - coveredBelow(core.container()!.getBoundingClientRect(), over);
	return seen >= SLIVER_PX ? seen : height;
}

/** Whether the reader sees the whole element, `over` aside. */
export function inSight(core: Core, id: string, over?: ScreenBox): boolean {
	const b = core.getElementById(id).boundingBox({});
	return showsWhole(seenExtent(core, over), { x: b.x1, y: b.y1, width: b.w, height: b.h });
}

/** The element in the middle of what the reader sees (above a sheet over the diagram), at `zoom`. */
export function centreOn(
	core: Core,
	id: string,
	zoom: number,
	over: ScreenBox | undefined,
	duration: number
) {
	const el = core.getElementById(id);
	if (el.empty()) return;
	const seen = seenHeight(core, over);
	const b = el.boundingBox({});
	const pan = {
		x: core.width() / 2 - zoom * (b.x1 + b.w / 2),
		y: seen / 2 - zoom * (b.y1 + b.h / 2)
	};
	core.animate({ zoom, pan }, { duration });
}
