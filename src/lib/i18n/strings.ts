/** Interface text in English and simplified Chinese. Curated labels come from the data. */

import type { LectureKey } from './lectureStrings.ts';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

const EN = {
	atlas: 'Mechanism Atlas',
	tagline:
		'Drug-mechanism pathways in which every arrow links to the source sentence that supports it.',
	pathways: 'Pathways',
	sources: 'Sources',
	nodes: 'nodes',
	edges: 'edges',
	steps: 'steps',
	search: 'Search labels and synonyms',
	searchButton: 'Find',
	noMatch: 'No element matches',
	hideBackground: 'Only what the sources say (hide background evidence)',
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
	unknownElement: 'This pathway has no element',
	language: 'Language',
	direction: 'Layout direction',
	keyboardHelp: 'Keys: Tab next element, Enter select, Escape clear, + and − zoom, 0 fit.',
	stated: 'Stated by the source',
	listed: 'Listed by the source as a proposed mechanism',
	background: 'Background: not in the abstracts (curator note)',
	curatorNote: 'Curator note',
	sentence: 'sentence',
	notFound: 'Not found',
	whatExists: 'What the atlas has',
	backToAtlas: 'Back to the atlas',
	unverified: 'not on the source page',
	present: 'Present',
	presentTitle: 'Present this pathway step by step, full screen',
	caption: 'Caption',
	step: 'Step',
	of: 'of',
	references: 'References',
	narration: 'Narration',
	hypothesis: 'Hypothesis',
	allHypotheses: 'All, side by side',
	hypotheses: 'Hypotheses',
	sharedByAll: 'Shared by all hypotheses'
} as const;

/** The lecture pages' own English text lives in lectureStrings.ts, which adds it when imported. */
export type StringKey = keyof typeof EN | LectureKey;
type Table = Partial<Record<StringKey, string>>;

/** The tables at hand: English always, Chinese once a reader picks it (zh.ts loads then). */
const TABLES: Partial<Record<Language, Table>> = { en: { ...EN } };

export function addEnglish(table: Table): void {
	Object.assign(TABLES.en!, table);
}

export async function loadLanguage(lang: Language): Promise<void> {
	if (lang === 'zh') TABLES.zh ??= (await import('./zh.ts')).ZH;
}

/** English where a table has not been loaded (loadLanguage), the key where no table has it. */
export function translate(lang: Language, key: StringKey): string {
	return TABLES[lang]?.[key] ?? TABLES.en![key] ?? key;
}

export const isLanguage = (value: unknown): value is Language =>
	typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
