/**
 * What every page of a pathway shares, in both languages: the pathway, the records it cites, its
 * layout, and its nodes' places in other pathways. It is one file per pathway (shared.json beside
 * its pages), so a page's HTML and its navigation data carry only what is the page's own, and the
 * page, its embed, practice, presentation, presenter view and handout, in either language, share
 * one copy the browser fetches once.
 */
import { parse, stringify } from 'devalue';
import type { LaidOutPathway } from '../layout/types.ts';
import type { StyleRule } from '../style/cytoscapeStyle.ts';
import type { SharedView } from './pathwayViewer.ts';
import type { Elsewhere } from '../practice/types.ts';
import type { AlsoIn } from '../view/alsoIn.ts';
import type { PathwayPageData } from '../view/pathwayPage.ts';

export interface SharedPathway extends PathwayPageData {
	laidOut: LaidOutPathway;
	/** Per entity of the pathway's nodes: the other pathways it is in. */
	alsoIn: Map<string, AlsoIn>;
	/**
	 * Other pathways' nodes, for the practice questions. Their links are one file for the atlas
	 * (practiceLinks.ts): per pathway, they weighed a quarter of a large pathway's shared file.
	 */
	elsewhere: Pick<Elsewhere, 'nodes'>;
	/**
	 * The live diagram's JSON stylesheet: the same for every pathway, so here once rather than in
	 * every page. Its elements are not here: the live diagram makes them from the layout as it
	 * loads (toCytoscapeElements), so the layout is carried once.
	 */
	style: StyleRule[];
	/** The viewer's data but the labels, which are each page's own (its language's). */
	view: SharedView;
}

/** What a page's own load returns: its pathway's id, beside what is the page's alone. */
export interface SharedRef {
	id: string;
}

export const encodeShared = (shared: SharedPathway): string => stringify(shared);
export const decodeShared = (text: string): SharedPathway => parse(text) as SharedPathway;

/**
 * While the server renders a page: what its server load worked out, for the page's universal
 * load to read in the same process instead of fetching it. Keyed by pathway: it is the same for
 * every page of the pathway.
 */
const prepared = new Map<string, SharedPathway>();

export function prepareShared(shared: SharedPathway): SharedRef {
	prepared.set(shared.pathway.id, shared);
	return { id: shared.pathway.id };
}

export function preparedShared(id: string): SharedPathway {
	const shared = prepared.get(id);
	if (!shared) throw new Error(`pathway "${id}" was not prepared by its page's server load`);
	return shared;
}
