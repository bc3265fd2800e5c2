/** The one-file export's own words (its header, search, steps and presentation). */
import { everyLanguage, type Texts } from './languages.ts';

const EN = {
	madeBy: 'From',
	version: 'version',
	madeOn: 'made on',
	openAtlas: 'Open the atlas',
	searchPathway: 'Search this pathway',
	steps: 'Lecture steps',
	step: (n: number) => `Step ${n}`,
	present: 'Present',
	nextStep: 'Next step',
	previousStep: 'Previous step',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	fit: 'Fit'
};
type OfflineText = typeof EN;

const ZH: OfflineText = {
	madeBy: '来自',
	version: '版本',
	madeOn: '生成于',
	openAtlas: '打开图谱',
	searchPathway: '在本通路中搜索',
	steps: '讲解步骤',
	step: (n: number) => `第 ${n} 步`,
	present: '演示',
	nextStep: '下一步',
	previousStep: '上一步',
	zoomIn: '放大',
	zoomOut: '缩小',
	fit: '适应窗口'
};

export const OFFLINE_TEXT: Texts<OfflineText> = everyLanguage({ en: EN, zh: ZH });
