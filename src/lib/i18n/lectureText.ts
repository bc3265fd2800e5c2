/**
 * The lecture pages' own words (presentation, presenter view, handout), apart from the page's
 * table so that the explorer's pages do not carry them: the lecture's components import this.
 */
import type { Texts } from './languages.ts';

const EN = {
	previousStep: 'Previous step',
	nextStep: 'Next step',
	menu: 'Menu',
	ghostLater: 'Show later steps faintly (G)',
	captionsOn: 'Captions (N)',
	fullScreen: 'Full screen (F)',
	blankScreen: 'Blank screen (B)',
	presenterView: 'Presenter view',
	handout: 'Handout (print)',
	print: 'Print',
	exportSteps: 'Export steps (zip of numbered SVGs)',
	exportDeck: 'Export PowerPoint deck (.pptx)',
	exporting: 'Exporting…',
	exitPresentation: 'Back to the explorer (Escape)',
	lectureKeys:
		'Keys: → Space PageDown next · ← PageUp previous · Home End · F full screen · B blank · N captions · G later steps · Escape explorer',
	currentStep: 'Now',
	comingNext: 'Next',
	endOfLecture: 'End of the lecture',
	clock: 'Time',
	elapsed: 'Elapsed',
	restartTimer: 'Restart timer',
	audienceBlank: 'The audience screen is blank (B)',
	captionsHidden: 'Captions are hidden (N)',
	stepsHeading: 'Steps'
};

export type LectureText = typeof EN;

const ZH: LectureText = {
	previousStep: '上一步',
	nextStep: '下一步',
	menu: '菜单',
	ghostLater: '淡显后续步骤 (G)',
	captionsOn: '字幕 (N)',
	fullScreen: '全屏 (F)',
	blankScreen: '黑屏 (B)',
	presenterView: '演讲者视图',
	handout: '讲义（打印）',
	print: '打印',
	exportSteps: '导出各步骤（编号 SVG 的 zip）',
	exportDeck: '导出 PowerPoint 演示文稿 (.pptx)',
	exporting: '正在导出…',
	exitPresentation: '返回浏览器视图 (Escape)',
	lectureKeys:
		'按键：→ 空格 PageDown 下一步 · ← PageUp 上一步 · Home End · F 全屏 · B 黑屏 · N 字幕 · G 后续步骤 · Escape 返回',
	currentStep: '当前',
	comingNext: '下一步',
	endOfLecture: '演示结束',
	clock: '时间',
	elapsed: '已用时间',
	restartTimer: '重新计时',
	audienceBlank: '观众屏幕为黑屏 (B)',
	captionsHidden: '字幕已隐藏 (N)',
	stepsHeading: '步骤'
};

export const LECTURE_TEXT: Texts<LectureText> = { en: EN, zh: ZH };
