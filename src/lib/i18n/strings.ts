/**
 * The page's interface text: English at hand, simplified Chinese loaded when a reader picks it
 * (zh.ts, the same type), so an English page carries no Chinese. Curated labels come from the
 * data; the lecture's and the export form's words are tables of their own (lectureText.ts,
 * export/exportStrings.ts), the vocabulary's are in vocabulary/.
 */
import type { Direction } from '../schema/vocabulary.ts';
import { isWritten, LANGUAGE_TRAITS, type Language, type Written } from './languages.ts';

export const PAGE_EN = {
	atlas: 'Mechanism Atlas',
	tagline:
		'Drug-mechanism pathways in which every arrow links to the source sentence that supports it.',
	pathways: 'Pathways',
	sources: 'Sources',
	nodes: 'nodes',
	arrows: 'arrows',
	steps: 'steps',
	searchAtlas: 'Search the atlas',
	noMatch: 'No element matches',
	hideBackground: 'Only what the sources say (hide background evidence)',
	humanOnly:
		'Only what is shown in humans (hide what rests on animal, cell or review evidence alone)',
	study: 'Study',
	contested: 'Contested',
	counterEvidence: 'The other side',
	verbs: 'Verbs on arrows',
	collapseCompartments: 'Collapse compartments',
	export: 'Export',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	fit: 'Fit',
	reset: 'Reset view',
	legend: 'Legend',
	outline: 'Outline (text version of the diagram)',
	details: 'Details',
	nothingSelected: 'Click a node or an arrow to see the sentences that support it.',
	kind: 'Kind',
	crossReferences: 'Cross-references',
	evidence: 'Evidence',
	alsoIn: 'Also in',
	/** After the linked pathways; {count} is a number. */
	alsoInMore: 'and {count} more pathways',
	connections: 'Arrows in and out',
	unknownElement: 'This pathway has no element',
	language: 'Language',
	direction: 'Layout direction',
	directionTB: '↓ top to bottom',
	directionLR: '→ left to right',
	directionBT: '↑ bottom to top',
	directionRL: '← right to left',
	zoom: 'Zoom',
	keyboardHelp:
		'Keys: arrow keys move between elements, Enter select, Escape clear, + and − zoom, 0 fit; Tab leaves the diagram.',
	skipToDiagram: 'Skip to the diagram',
	sheetMore: 'Show more of the details',
	sheetLess: 'Show less of the details',
	closeDetails: 'Close the details',
	cropped: 'More of the figure lies outside the box: drag or scroll, or Fit (0) to see it whole',
	curatorNote: 'Curator note',
	sentence: 'sentence',
	notFound: 'Not found',
	noPage: 'The atlas has no page at this address.',
	error: 'Error',
	somethingWrong: 'Something went wrong',
	noPathways: 'No pathways yet',
	/** {file}, {catalogue} and {command} are shown as code. */
	howToAddPathway:
		'This atlas has no pathway files yet. To add one, create {file} in the atlas folder (beside {catalogue}) with a title, a summary, nodes and edges, as the README’s “Adding a pathway” shows; then run {command} and build again.',
	evidenceInOneFile: 'Its sentences are in the one-file version:',
	everyEvidenceInOneFile: 'Each element and the sentences that support it',
	citedBy: 'Cited by',
	notCitedOnPurpose: 'Not cited on purpose',
	whatExists: 'What the atlas has',
	backToAtlas: 'Back to the atlas',
	present: 'Present',
	presentTitle: 'Present this pathway step by step, full screen',
	practise: 'Practise',
	practiseTitle: 'Practise this pathway: questions answered from its evidence',
	caption: 'Caption',
	step: 'Step',
	of: 'of',
	references: 'References',
	narration: 'Narration',
	hypothesis: 'Hypothesis',
	allHypotheses: 'All, side by side',
	hypotheses: 'Hypotheses',
	sharedByAll: 'Shared by all hypotheses',
	overview: 'Overview',
	openInAtlas: 'Open in the atlas',
	openInAtlasTitle: 'This pathway in the Mechanism Atlas, in a new tab'
} as const;

export type StringKey = keyof typeof PAGE_EN;
export type PageText = Record<StringKey, string>;

/** Each written language's table, loaded when a page in it asks (the English is at hand). */
const PAGE_TEXT: Written<() => Promise<PageText>> = {
	en: async () => PAGE_EN,
	zh: async () => (await import('./zh.ts')).ZH
};

const loaded = new Map<Language, PageText>([['en', PAGE_EN]]);

export async function loadLanguage(lang: Language): Promise<void> {
	if (loaded.has(lang)) return;
	const table = isWritten(lang)
		? await PAGE_TEXT[lang]()
		: LANGUAGE_TRAITS[lang].fromEnglish?.(PAGE_EN);
	if (table) loaded.set(lang, table);
}

/** English until the language's table has been loaded (loadLanguage). */
export function translate(lang: Language, key: StringKey): string {
	return loaded.get(lang)?.[key] || PAGE_EN[key];
}

/** A heading word and its colon, before what it heads: "Kind: ", "类型：". */
export const lead = (lang: Language, key: StringKey): string =>
	translate(lang, key) + LANGUAGE_TRAITS[lang].colon;

/** The layout-direction menu's entry for `d`. */
export const directionKey = (d: Direction) => `direction${d}` as const;
