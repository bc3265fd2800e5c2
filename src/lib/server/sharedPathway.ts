/** A pathway's shared data (view/sharedPathway.ts), worked out once per atlas and pathway. */
import type { Atlas } from '../model/atlas.ts';
import { elsewhereNodes } from '../practice/subject.ts';
import { cytoscapeStyle } from '../style/cytoscapeStyle.ts';
import { sharedView } from '../pages/pathwayViewer.ts';
import { alsoIn } from '../view/alsoIn.ts';
import { prepareShared, type SharedPathway, type SharedRef } from '../pages/sharedPathway.ts';
import { atlasForPage } from './atlasForPage.ts';
import { laidOutPathway } from './pathwayRoute.ts';

const made = new WeakMap<Atlas, Map<string, SharedPathway>>();

export function sharedPathway(id: string, atlas: Atlas = atlasForPage()): SharedPathway {
	const mine = made.get(atlas) ?? new Map<string, SharedPathway>();
	made.set(atlas, mine);
	const known = mine.get(id);
	if (known) return known;
	const data = laidOutPathway(id, atlas);
	const shared = {
		...data,
		alsoIn: alsoIn(atlas, data.pathway),
		elsewhere: { nodes: elsewhereNodes(atlas, data.pathway) },
		style: cytoscapeStyle('light'),
		view: sharedView(
			data.pathway,
			data.entities,
			{ sources: data.sources, references: data.references },
			data.laidOut
		)
	};
	mine.set(id, shared);
	return shared;
}

/** For a page's server load: the shared data, held for the page's render, and its reference. */
export function sharedForPage(
	id: string,
	locals: App.Locals,
	atlas: Atlas = atlasForPage()
): { shared: SharedPathway; ref: SharedRef } {
	const shared = sharedPathway(id, atlas);
	locals.sharedPathway = id;
	return { shared, ref: prepareShared(shared) };
}
