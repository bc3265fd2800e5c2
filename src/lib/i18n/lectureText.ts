/**
 * The lecture pages' own words (presentation, presenter view, handout), apart from the page's
 * table so that the explorer's pages do not carry them: the lecture's components import this.
 */
import { everyLanguage, type Texts } from './languages.ts';

const EN = {
	previousStep: 'Previous step',
	nextStep: 'Next step',
	menu: 'Menu',
	ghostLater: 'Show later steps faintly',
	captionsOn: 'Captions',
	verbsOn: 'Verbs on arrows',
	fullScreen: 'Full screen',
	blankScreen: 'Blank screen',
	presenterView: 'Presenter view',
	handout: 'Handout (print)',
	print: 'Print',
	exportSteps: 'Export steps (zip of numbered SVGs)',
	exportDeck: 'Export PowerPoint deck (.pptx)',
	exporting: 'Exporting…',
	exitPresentation: 'Back to the explorer',
	currentStep: 'Now',
	comingNext: 'Next',
	endOfLecture: 'End of the lecture',
	clock: 'Time',
	elapsed: 'Elapsed',
	restartTimer: 'Restart timer',
	audienceBlank: 'The audience screen is blank',
	captionsHidden: 'Captions are hidden',
	stepsHeading: 'Steps',
	revealAnswer: 'Next: the answer',
	revealStep: 'Next: the step drawn in',
	questionUp: 'Question on screen'
};

export type LectureText = typeof EN;

const ZH: LectureText = {
	previousStep: '上一步',
	nextStep: '下一步',
	menu: '菜单',
	ghostLater: '淡显后续步骤',
	captionsOn: '字幕',
	verbsOn: '箭头上标注关系',
	fullScreen: '全屏',
	blankScreen: '黑屏',
	presenterView: '演讲者视图',
	handout: '讲义（打印）',
	print: '打印',
	exportSteps: '导出各步骤（编号 SVG 的 zip）',
	exportDeck: '导出 PowerPoint 演示文稿 (.pptx)',
	exporting: '正在导出…',
	exitPresentation: '返回浏览器视图',
	currentStep: '当前',
	comingNext: '下一步',
	endOfLecture: '演示结束',
	clock: '时间',
	elapsed: '已用时间',
	restartTimer: '重新计时',
	audienceBlank: '观众屏幕为黑屏',
	captionsHidden: '字幕已隐藏',
	stepsHeading: '步骤',
	revealAnswer: '下一步：揭晓答案',
	revealStep: '下一步：画出这一步',
	questionUp: '屏幕上正在提问'
};

export const LECTURE_TEXT: Texts<LectureText> = everyLanguage({ en: EN, zh: ZH });
