/** Interface text in English and simplified Chinese. Curated labels come from the data. */

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
	citedBy: 'Cited by',
	uncitedOnPurpose: 'Not cited on purpose'
} as const;

export type StringKey = keyof typeof EN;

const ZH: Record<StringKey, string> = {
	atlas: '作用机制图谱',
	tagline: '药物作用机制通路图：每一个箭头都链接到支持它的原文句子。',
	pathways: '通路',
	sources: '文献来源',
	nodes: '个节点',
	edges: '条边',
	steps: '个步骤',
	search: '搜索名称和同义词',
	searchButton: '查找',
	noMatch: '没有匹配的元素',
	hideBackground: '只显示文献所述（隐藏背景证据）',
	zoomIn: '放大',
	zoomOut: '缩小',
	fit: '适合窗口',
	reset: '重置视图',
	legend: '图例',
	outline: '大纲（图的文字版本）',
	details: '详情',
	nothingSelected: '点击节点或箭头，查看支持它的句子。',
	kind: '类型',
	crossReferences: '交叉引用',
	evidence: '证据',
	alsoIn: '也见于',
	unknownElement: '此通路中没有该元素',
	language: '语言',
	direction: '布局方向',
	keyboardHelp: '按键：Tab 下一个元素，Enter 选择，Escape 清除，+ 和 − 缩放，0 适合窗口。',
	stated: '文献明确陈述',
	listed: '文献列为可能的机制',
	background: '背景：摘要中没有（编者注）',
	curatorNote: '编者注',
	sentence: '句',
	notFound: '未找到',
	whatExists: '图谱中有',
	backToAtlas: '返回图谱',
	unverified: '来源页面未列出',
	citedBy: '引用于',
	uncitedOnPurpose: '有意未引用'
};

const TABLES: Record<Language, Record<StringKey, string>> = { en: EN, zh: ZH };

export function translate(lang: Language, key: StringKey): string {
	return TABLES[lang][key];
}

export const isLanguage = (value: unknown): value is Language =>
	typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
