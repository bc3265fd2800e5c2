/**
 * A new layout shown in a live Cytoscape.js instance (the direction toggle, a compartment
 * collapsed or opened): the elements it no longer has go, new ones come, the nodes move to their
 * new places, then the figure is fitted. Loaded with the layout, only when a reader asks for one.
 */
import type { Core, ElementDefinition, SingularElementArgument } from 'cytoscape';

export interface NewLayoutOptions {
	/** ms of each animation; 0 when the reader prefers reduced motion. */
	duration: number;
	padding: number;
	labels: Record<string, string>;
	selected: string | undefined;
}

/** New layouts whose fit is still to come, in each diagram: a second may start before the first fits. */
const fitsToCome = new WeakMap<Core, number>();

/**
 * Counts a fit to come in (+1) or out (-1): the diagram's container carries `data-fit-pending`
 * from a new layout's first change until its fit starts, so that a test can wait for the page's
 * state (no fit to come, then no animation) rather than for the pause before the fit.
 */
function fitPending(cy: Core, change: 1 | -1) {
	const count = (fitsToCome.get(cy) ?? 0) + change;
	fitsToCome.set(cy, count);
	const container = cy.container();
	if (!container) return;
	if (count > 0) container.dataset.fitPending = 'true';
	else delete container.dataset.fitPending;
}

export function showNewLayout(cy: Core, next: ElementDefinition[], options: NewLayoutOptions) {
	const { duration, padding, labels, selected } = options;
	fitPending(cy, 1);
	cy.batch(() => {
		cy.elements().not(keptIn(next, cy)).remove();
		cy.add(next.filter((el) => cy.getElementById(el.data.id!).empty()));
		// kept arrows take their new route too (a straight one drops its old corners)
		for (const el of next) replaceData(cy.getElementById(el.data.id!), el.data);
		for (const [id, text] of Object.entries(labels)) cy.getElementById(id).data('label', text);
	});
	if (selected) cy.getElementById(selected).select();
	const leaves = cy.nodes().not(':parent');
	for (const el of next) {
		const node = el.position && el.data.id ? leaves.getElementById(el.data.id) : undefined;
		if (node?.nonempty()) node.animate({ position: el.position }, { duration });
	}
	setTimeout(() => {
		if (cy.destroyed()) return;
		fitPending(cy, -1);
		cy.animate({ fit: { eles: cy.elements(), padding } }, { duration });
	}, duration);
}

/**
 * The elements `next` keeps: the same id, and the same ends (edges) or the same compartment and
 * state (nodes). A compartment that collapses or opens is drawn anew, its contents with it.
 */
function keptIn(next: ElementDefinition[], cy: Core) {
	const wanted = new Map(next.map((el) => [el.data.id, el.data]));
	return cy.elements().filter((el) => {
		const data = wanted.get(el.id());
		if (!data) return false;
		if (el.isEdge()) return data.source === el.data('source') && data.target === el.data('target');
		const same = (key: string) => (data[key] ?? null) === (el.data(key) ?? null);
		return same('parent') && same('collapsed');
	});
}

/** An element's data as given, without the optional fields it had and `data` lacks. */
function replaceData(ele: SingularElementArgument, data: ElementDefinition['data']) {
	const stale = Object.keys(ele.data()).filter((key) => !(key in data));
	if (stale.length) ele.removeData(stale.join(' '));
	ele.data(data);
}
