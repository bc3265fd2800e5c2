/**
 * What the pathway page's viewer draws, worked out at build time: node labels in the page's
 * language, legend swatches, the label font, cross-reference and citation links, the reading
 * order and what the filters hide. The page then ships no visual grammar, shapes, font metrics,
 * identifier-format or citation code. All but the labels is the same in every language: it is
 * in the pathway's shared file (sharedView), the labels in each page's own data.
 */
import { KIND_NAMES } from '../i18n/vocabulary/kinds.ts';
import type { Language } from '../i18n/languages.ts';
import { cssFont, TYPE } from '../layout/font.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import type { Bibliographic, Entity, Pathway } from '../model/atlas.ts';
import { idTable } from '../model/ids.ts';
import { legendSwatches, type LegendSwatches } from './legendSwatches.ts';
import type { Theme } from '../style/themes.ts';
import { citationLinks, type CitationLinks } from '../view/citation.ts';
import { diagramLabels } from '../view/diagramLabels.ts';
import { backgroundOnly, notShownInHumans } from '../view/filter.ts';
import { elementOrder } from '../view/order.ts';
import { xrefLinks, type XrefLink } from '../view/xrefs.ts';

export interface PathwayViewer {
	/**
	 * Node, compartment and edge labels in the page's language (each language's page has its own
	 * data). Tables keyed by ids are plain objects here (the studio sends them as JSON): read them
	 * with own().
	 */
	labels: Record<string, string>;
	legend: LegendSwatches;
	/** CSS `font` of the node labels, to load before Cytoscape draws. */
	font: string;
	/** Per entity of the pathway's nodes. */
	xrefs: Record<string, XrefLink[]>;
	/** The name of each kind of the pathway's entities, per language. */
	kindNames: Record<string, Record<Language, string>>;
	/** Every element in reading order (elementOrder). */
	order: string[];
	/** What the "only what the sources say" filter hides (backgroundOnly). */
	backgroundOnly: string[];
	/** What the "only what is shown in humans" filter hides (notShownInHumans). */
	notShownInHumans: string[];
	/** Per source id and per reference id. */
	citations: Record<'sources' | 'references', Record<string, CitationLinks>>;
}

/** The viewer's data but the labels: the same in every language. */
export type SharedView = Omit<PathwayViewer, 'labels'>;

const citationsOf = (records: ReadonlyMap<string, Bibliographic>) =>
	idTable([...records].map(([id, r]) => [id, citationLinks(r)] as const));

type Records = Record<'sources' | 'references', ReadonlyMap<string, Bibliographic>>;

export const pathwayViewer = (
	pathway: Pathway,
	entities: ReadonlyMap<string, Entity>,
	records: Records,
	laidOut: LaidOutPathway,
	lang: Language,
	theme: Theme = 'light'
): PathwayViewer => ({
	...sharedView(pathway, entities, records, laidOut, theme),
	labels: diagramLabels(pathway, entities, lang)
});

export function sharedView(
	pathway: Pathway,
	entities: ReadonlyMap<string, Entity>,
	records: Records,
	laidOut: LaidOutPathway,
	theme: Theme = 'light'
): SharedView {
	return {
		legend: legendSwatches(theme, laidOut),
		font: cssFont(TYPE.nodeSize),
		xrefs: idTable(pathway.nodes.map((n) => [n.entity, xrefLinks(entities.get(n.entity)?.xrefs)])),
		kindNames: Object.fromEntries(
			pathway.nodes
				.map((n) => entities.get(n.entity)?.kind)
				.filter((k) => k !== undefined)
				.map((k) => [k, KIND_NAMES[k]])
		),
		order: elementOrder(pathway),
		backgroundOnly: [...backgroundOnly(pathway)],
		notShownInHumans: [...notShownInHumans(pathway)],
		citations: {
			sources: citationsOf(records.sources),
			references: citationsOf(records.references)
		}
	};
}
