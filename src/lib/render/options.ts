/** What a figure shows and how: the options shared by the page, the export menu and the CLI. */
import type { Language } from '../i18n/languages.ts';
import type { Theme } from '../style/themes.ts';

import type { Frame } from '../geometry/types.ts';

export type Scope = 'pathway' | 'viewport' | 'step';

/** A font for an SVG rasterised in a browser, where an SVG image cannot reach the page's fonts. */
export interface EmbeddedFont {
	/** `data:font/woff2;base64,...`; nothing else is accepted. */
	dataUrl: string;
	unicodeRange: string;
}

export interface SvgOptions {
	/**
	 * The whole pathway, what `viewport` frames, or the elements of lecture steps 1..`step`
	 * (in `viewport` when given, else in the whole pathway's frame).
	 */
	scope: Scope;
	viewport?: Frame;
	step?: number;
	/** Only the elements of this hypothesis of the pathway, and the shared ones. */
	hypothesis?: string;
	theme: Theme;
	legend: boolean;
	/** The legend's entries in one flow of columns, not a row group per kind (a slide's legend). */
	compactLegend?: boolean;
	citations: boolean;
	title: boolean;
	/** Output size in px; the other follows the aspect ratio. Default: 1 px per model unit. */
	width?: number;
	height?: number;
	/** Each edge's relation written at its middle, over a halo. Default off. */
	verbs?: boolean;
	/**
	 * Paint the theme's paper behind the figure (default); false leaves it transparent, and haloes
	 * the edges in the paper's colour so they read on a slide of either brightness.
	 */
	background?: boolean;
	embedFonts?: EmbeddedFont[];
	/** The language of every text drawn: curated Chinese where written, else English. Default en. */
	lang?: Language;
	/**
	 * Wraps each node and edge in a link to `#<prefix><id>`: the page's inline figure, whose
	 * clicks open prerendered details before any script runs. Exported figures have no links.
	 */
	fragmentLinks?: string;
	/**
	 * Only to be looked at (an index card's image, the presenter's previews): no element classes
	 * or tooltips, only ids (what tests and measuring tools find elements by). A figure without
	 * links is one image to assistive technology, so its elements' tooltips would reach a mouse
	 * alone, and they weighed a third of each picture.
	 */
	picture?: boolean;
	/**
	 * Only these elements are drawn, in the frame and at the size of the whole: a part of the page's
	 * inline figure (pageFigure). Its arrowheads are defined for every edge in scope, so that a
	 * part drawn `over` it can use them.
	 */
	only?: ReadonlySet<string>;
	/**
	 * Drawn over another part of the same figure: no title, definitions or background of its own
	 * (its arrowheads are the other part's), and it takes no pointer events but on its elements.
	 */
	over?: boolean;
}

/** The inline figure of a pathway page: the diagram alone, as the viewer first shows it. */
export const PAGE_FIGURE: SvgOptions = {
	scope: 'pathway',
	theme: 'light',
	legend: false,
	citations: false,
	title: false
};
