/** Exports in Chinese: the one renderer drawing curated Chinese, the CLI's --lang, CSV, the deck's notes. */
import { strFromU8, unzipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT, exportFileName } from '../../src/lib/export/exportOptions.ts';
import { exportText, figureSvg } from '../../src/lib/export/exportText.ts';
import { ArgumentError, parseExportArgs } from '../../src/lib/export/node/cliArgs.ts';
import { chineseDashesSingle } from '../../src/lib/export/node/rasterisePng.ts';
import { captionFor } from '../../src/lib/lecture/caption.ts';
import { buildDeck } from '../../src/lib/lecture/deck.ts';
import { stepFigures } from '../../src/lib/lecture/stepFigures.ts';
import { join } from 'node:path';
import { FIXTURES } from './helpers/fixtures.ts';
import { atlasFrom, parseSvg, subjects } from './helpers/figures.ts';

const atlas = atlasFrom(join(FIXTURES, 'valid'));
const subject = subjects(atlas)[0]!;
const zh = { ...DEFAULT_EXPORT, lang: 'zh' as const };
const texts = (svg: string, selector: string) =>
	Array.from(parseSvg(svg).getElementsByTagName('g'))
		.filter((g) => (g.getAttribute('class') ?? '').split(' ').includes(selector))
		.map((g) =>
			Array.from(g.getElementsByTagName('text'))
				.map((t) => t.textContent)
				.join(' ')
		);

describe('a figure drawn in Chinese', () => {
	const en = figureSvg(subject, DEFAULT_EXPORT);
	const cn = figureSvg(subject, zh);

	it('draws the curated Chinese title, node and compartment labels', () => {
		expect(texts(cn, 'figure-title')[0]).toBe('氯胺酮、NMDA受体与mTOR');
		expect(texts(en, 'figure-title')[0]).toBe('Ketamine, the NMDA receptor and mTOR');
		const nodes = (svg: string) =>
			Array.from(parseSvg(svg).getElementsByTagName('g'))
				.filter((g) => g.getAttribute('id')?.startsWith('node-'))
				.map((g) => g.getElementsByTagName('text')[0]?.textContent);
		expect(nodes(cn)).toEqual(expect.arrayContaining(['氯胺酮', 'NMDA受体', '快速起效']));
		expect(nodes(en)).toEqual(
			expect.arrayContaining(['Ketamine', 'NMDA receptor', 'Rapid effect'])
		);
		expect(cn).toContain('谷氨酸能突触');
	});

	it('has its legend and sources heading in Chinese, with the same ids and classes', () => {
		expect(texts(cn, 'figure-citations')[0]).toMatch(/^参考文献/);
		expect(cn).toContain('药物');
		const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids(cn)).toEqual(ids(en));
	});

	it('narrates each step in Chinese', () => {
		const steps = stepFigures(subject, { lang: 'zh' });
		expect(steps.map((s) => s.name)).toEqual([
			'ketamine.zh.step-1.svg',
			'ketamine.zh.step-2.svg',
			'ketamine.zh.step-3.svg'
		]);
		expect(steps[1]!.svg).toContain('第 2 步（共 3 步）：它阻断NMDA受体。');
	});
});

describe('other exports in Chinese', () => {
	it('names the files apart', () => {
		expect(exportFileName('x', zh)).toBe('x.zh.light.svg');
		expect(exportFileName('x', { ...zh, format: 'csv' })).toBe('x.zh.evidence.csv');
	});

	it('gives the evidence table Chinese headers, labels and notes, the quote verbatim', () => {
		const csv = exportText(subject, { ...zh, format: 'csv' });
		const [header, ...rows] = csv.slice(1).split('\r\n');
		expect(header).toBe(
			'元素,关系,证据等级,引文,原文句子,出处,编者注,研究类型,ECO,争议（反方证据）'
		);
		expect(rows[0]).toMatch(/^氯胺酮,,stated,The N-methyl-D-aspartate/);
		expect(csv).toContain('本测试数据假定NMDA受体阻断会影响mTOR。');
	});

	it('labels SBGN-ML glyphs in Chinese', () => {
		const sbgn = exportText(subject, { ...zh, format: 'sbgn' });
		expect(sbgn).toContain('<label text="NMDA受体"');
	});

	it('--lang en|zh on the CLI, anything else refused with the choices', () => {
		const args = (lang: string) =>
			parseExportArgs(['p', '--format', 'svg', '--out', 'o', '--lang', lang]);
		expect(args('zh')?.options.lang).toBe('zh');
		expect(args('en')?.options.lang).toBe('en');
		expect(() => args('fr')).toThrow(ArgumentError);
		expect(() => args('fr')).toThrow('--lang fr is not one of en, zh');
	});

	it('a Chinese deck narrates in Chinese, its notes with the aligned Chinese sentence under the English', async () => {
		const deck = unzipSync(
			await buildDeck(PptxGenJS, subject, { theme: 'light', legend: true, lang: 'zh' })
		);
		const notes = Object.keys(deck)
			.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
			.map((n) => strFromU8(deck[n]!));
		const step2 = notes.find((n) => n.includes('它阻断NMDA受体。'));
		expect(step2).toBeDefined();
		const aligned = captionFor(subject.pathway, 2, atlas, 'zh').evidence?.translation;
		expect(aligned).toBe(atlas.sources.get('jelen-2021')!.zh![0]);
		const english = step2!.indexOf('uncompetitive N-Methyl-D-Aspartate receptor antagonist');
		const chinese = step2!.indexOf(aligned!.slice(0, 12));
		expect(english).toBeGreaterThan(0);
		expect(chinese).toBeGreaterThan(english);
		expect(strFromU8(deck['ppt/slides/slide1.xml']!)).toContain('氯胺酮、NMDA受体与mTOR');
	});

	it('a PNG draws the Chinese dash as one em dash (resvg loses its fallback after two), the SVG keeps it', () => {
		const text = '<text>假说——氯胺酮阻断</text>';
		expect(chineseDashesSingle(text)).toBe('<text>假说\u2014氯胺酮阻断</text>');
		expect(chineseDashesSingle('a \u2014 b')).toBe('a \u2014 b');
	});
});
