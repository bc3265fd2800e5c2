/** The export form's words in both languages; they load with the form, not with the page. */
import type { Background, Format } from './exportOptions.ts';
import type { Theme } from '../style/themes.ts';
import { everyLanguage, type Texts } from '../i18n/languages.ts';

interface ExportText {
	format: string;
	formats: Record<Format, string>;
	area: string;
	pathway: string;
	viewport: string;
	theme: string;
	themes: Record<Theme, string>;
	legend: string;
	citations: string;
	verbs: string;
	scale: string;
	background: string;
	backgrounds: Record<Background, string>;
	download: string;
	embed: string;
	embedHelp: string;
	copy: string;
	copied: string;
	offlineFile: string;
}

export const EXPORT_TEXT: Texts<ExportText> = everyLanguage({
	en: {
		format: 'Format',
		formats: {
			svg: 'SVG figure',
			png: 'PNG image',
			cyjs: 'Cytoscape JSON (.cyjs)',
			csv: 'Evidence table (CSV)',
			sbgn: 'SBGN-ML (Activity Flow)',
			gift: 'Practice questions (GIFT, for Moodle)',
			'moodle-xml': 'Practice questions (Moodle XML)',
			html: 'One offline HTML file'
		},
		area: 'Area',
		pathway: 'Whole pathway',
		viewport: 'Current view',
		theme: 'Theme',
		themes: { light: 'light', dark: 'dark', print: 'print' },
		legend: 'Legend',
		citations: 'Citations',
		verbs: 'Verbs on arrows',
		scale: 'Scale',
		background: 'Background',
		backgrounds: { white: 'white', transparent: 'transparent' },
		download: 'Download',
		embed: 'Embed in a course page',
		embedHelp:
			'Paste this code into the page; the frame shows the figure as it is now (selection, hypothesis).',
		copy: 'Copy code',
		copied: 'Copied',
		offlineFile: 'The file was not found'
	},
	zh: {
		format: '格式',
		formats: {
			svg: 'SVG 图',
			png: 'PNG 图像',
			cyjs: 'Cytoscape JSON (.cyjs)',
			csv: '证据表 (CSV)',
			sbgn: 'SBGN-ML（活动流）',
			gift: '练习题（GIFT，用于 Moodle）',
			'moodle-xml': '练习题（Moodle XML）',
			html: '单个离线 HTML 文件'
		},
		area: '范围',
		pathway: '整条通路',
		viewport: '当前视图',
		theme: '主题',
		themes: { light: '浅色', dark: '深色', print: '打印' },
		legend: '图例',
		citations: '引文',
		verbs: '箭头上标注关系',
		scale: '缩放',
		background: '背景',
		backgrounds: { white: '白色', transparent: '透明' },
		download: '下载',
		embed: '嵌入课程网页',
		embedHelp: '把这段代码粘贴到网页中；框内显示当前的图（选中的元素、假说）。',
		copy: '复制代码',
		copied: '已复制',
		offlineFile: '未找到该文件'
	}
});
