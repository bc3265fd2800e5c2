/**
 * The practice questions' words, in both languages: the questions themselves (read by the page
 * and by the LMS exports alike) and the practice page's own. `{name}` marks where a curated
 * label goes.
 */
import type { Support } from '../schema/vocabulary.ts';
import { everyLanguage, type Texts } from './languages.ts';

const EN = {
	kinds: {
		next: 'What comes next?',
		relation: 'Which way does it push?',
		support: 'Stated, listed or assumed?',
		hypothesis: 'Which hypothesis?'
	},
	nextTarget: 'Next step: {source} {relation} what?',
	nextSource: 'Next step: what {relation} {target}?',
	nextAdded: 'Next step: which {kind} comes in?',
	relation: '{source} → {target}: which way does it push?',
	support: 'Does the source state, only list, or not support this: “{claim}”?',
	hypothesis: 'Which hypothesis proposes “{element}”?',
	claim: '{source} {relation} {target}',
	supports: {
		stated: 'Stated: the source says it',
		listed: 'Listed: the source names it among proposed mechanisms',
		background: 'Assumed: the curator’s background, not in the abstracts'
	} satisfies Record<Support, string>,
	shared: 'Shared by all hypotheses',
	practice: 'Practice',
	question: 'Question',
	of: 'of',
	options: 'Options',
	check: 'Check',
	nextQuestion: 'Next question',
	finish: 'See the score',
	correct: 'Correct.',
	incorrect: 'Not quite.',
	theAnswer: 'The answer',
	colon: ': ',
	yourAnswer: 'Your answer',
	score: 'Score',
	review: 'Review what you missed',
	allRight: 'You answered every question correctly.',
	tryAgain: 'Try again in a new order',
	best: 'Best score on this device',
	soFar: 'The steps so far',
	nothingYet: 'Nothing is drawn yet: this is the first step.',
	afterAnswer: 'With the answer drawn in',
	keys: 'Keys: 1–4 or A–D choose an option, Enter checks and goes on.',
	fewerOptions: 'Only {count} options: the pathway has too few elements of this kind.',
	noQuestions: 'This pathway has no lecture steps, so there is nothing to practise yet.',
	worksheet: 'Print a worksheet',
	worksheetAnswers: 'Answers, with their evidence',
	stored: 'Your best score is kept in this browser only; nothing is sent anywhere.',
	backToPathway: 'Back to the pathway'
};

export type PracticeText = typeof EN;

const ZH: PracticeText = {
	kinds: {
		next: '下一步是什么？',
		relation: '作用方向如何？',
		support: '陈述、列举还是假设？',
		hypothesis: '属于哪个假说？'
	},
	nextTarget: '下一步：{source}{relation}什么？',
	nextSource: '下一步：什么{relation}{target}？',
	nextAdded: '下一步：出现的是哪个{kind}？',
	relation: '{source} → {target}：作用方向如何？',
	support: '文献是明确陈述、仅列举，还是并未支持：“{claim}”？',
	hypothesis: '哪个假说提出了“{element}”？',
	claim: '{source}{relation}{target}',
	supports: {
		stated: '陈述：文献明确这样说',
		listed: '列举：文献将其列为可能的机制之一',
		background: '假设：编者的背景知识，摘要中没有'
	},
	shared: '所有假说共有',
	practice: '练习',
	question: '题目',
	of: '/',
	options: '选项',
	check: '核对',
	nextQuestion: '下一题',
	finish: '查看得分',
	correct: '回答正确。',
	incorrect: '不太对。',
	theAnswer: '答案',
	colon: '：',
	yourAnswer: '你的答案',
	score: '得分',
	review: '回顾答错的题目',
	allRight: '你答对了所有题目。',
	tryAgain: '换个顺序再试一次',
	best: '本设备上的最高分',
	soFar: '到目前为止的步骤',
	nothingYet: '尚未绘制任何内容：这是第一步。',
	afterAnswer: '加上答案之后',
	keys: '按键：1–4 或 A–D 选择选项，Enter 核对并继续。',
	fewerOptions: '只有 {count} 个选项：这条通路中此类元素太少。',
	noQuestions: '这条通路还没有讲解步骤，暂时无法练习。',
	worksheet: '打印练习单',
	worksheetAnswers: '答案及其证据',
	stored: '你的最高分只保存在本浏览器中，不会发送到任何地方。',
	backToPathway: '返回通路'
};

export const PRACTICE_TEXT: Texts<PracticeText> = everyLanguage({ en: EN, zh: ZH });

/** A template with its `{name}` places filled in. */
export const fill = (template: string, values: Record<string, string | number>): string =>
	template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
