/**
 * What the pathway page loads when a reader asks for another layout (direction, collapsed
 * compartments, a filter that hides elements): the layout, the diagram's elements and style, and the code that shows them in
 * the live diagram. One lazily loaded chunk, none of it in the page's first scripts.
 */
import { compartmentsAround } from '../layout/collapse.ts';
import { layoutPathway } from '../layout/layoutPathway.ts';
import { withoutElements } from '../layout/withoutElements.ts';
import type { Entity, Pathway } from '../model/atlas.ts';
import type { Direction } from '../schema/vocabulary.ts';
import { cytoscapeDiagram } from '../style/cytoscapeDiagram.ts';

export { showNewLayout } from './newLayout.ts';

export interface ViewChoice {
	direction: Direction;
	collapsed: string[];
	/** Elements a filter hides: the figure is laid out without them. */
	hidden: ReadonlySet<string>;
}

export function relaidView(
	pathway: Pathway,
	entities: ReadonlyMap<string, Entity>,
	want: ViewChoice
) {
	const laidOut = layoutPathway(withoutElements(pathway, want.hidden), entities, {
		direction: want.direction,
		collapsed: new Set(want.collapsed)
	});
	return { laidOut, diagram: cytoscapeDiagram(laidOut, 'light') };
}

/** The collapsed compartments left once those around element `id` are opened. */
export function openedFor(pathway: Pathway, collapsed: string[], id: string): string[] {
	const around = compartmentsAround(pathway, id);
	return collapsed.filter((c) => !around.includes(c));
}
