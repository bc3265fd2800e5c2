/**
 * The pseudo-locale (see src/lib/i18n/pseudo.ts): the curated atlas's figures and exports made in
 * it show no English that did not come through a language's table, and no label outgrows its node.
 */
import { strFromU8, unzipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
	process.env.ATLAS_PSEUDO_LOCALE = '1';
});

import { DEFAULT_EXPORT } from '../../src/lib/export/exportOptions.ts';
import { exportText, type TextFormat } from '../../src/lib/export/exportText.ts';
import { TEXT_FIT } from '../../src/lib/geometry/shapes.ts';
import { kindShape } from '../../src/lib/grammar/kinds.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { pseudoLocalize, pseudoTexts } from '../../src/lib/i18n/pseudo.ts';
import { TYPE } from '../../src/lib/layout/font.ts';
import { measureText } from '../../src/lib/layout/measureText.ts';
import { NODE } from '../../src/lib/layout/spacing.ts';
import { buildDeck } from '../../src/lib/lecture/deck.ts';
import { handoutFigure } from '../../src/lib/lecture/handoutFigure.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { inLanguage } from '../../src/lib/render/figureLanguage.ts';
import type { SvgOptions } from '../../src/lib/render/options.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { allElements, parseSvg, realAtlas, subjects } from './helpers/figures.ts';
import {
	englishByRight,
	moodleTexts,
	unmarked,
	untranslated,
	wordsOfMarkup
} from './helpers/untranslated.ts';

// Read once at the first import: later test files in this worker get the usual languages.
delete process.env.ATLAS_PSEUDO_LOCALE;

/** The layout gives sizes to a hundredth. */
const SIZE_ROUNDING = 0.05;

const atlas = realAtlas();
const all = subjects(atlas);
const byRight = englishByRight(atlas);

/** Each text node of an SVG, with whether it is in the citations (English by right there). */
function svgTexts(svg: string): { text: string; citation: boolean }[] {
	const inCitations = (el: Element): boolean =>
		!!el &&
		(el.getAttribute?.('class') === 'figure-citations' || inCitations(el.parentNode as Element));
	return allElements(parseSvg(svg)).flatMap((el) => {
		if (el.tagName === 'style') return [];
		const texts: { text: string; citation: boolean }[] = [];
		for (let c = el.firstChild; c; c = c.nextSibling)
			if (c.nodeType === 3 && c.nodeValue?.trim())
				texts.push({ text: c.nodeValue, citation: inCitations(el) });
		return texts;
	});
}

/** The English an SVG shows that is neither translated nor, in its citations, a record's. */
const untranslatedInSvg = (svg: string): string[] =>
	svgTexts(svg).flatMap(({ text, citation }) => untranslated(text, citation ? byRight : ''));

describe('the pseudo-locale', () => {
	it('is made only when asked for (ATLAS_PSEUDO_LOCALE), here in a test', () => {
		expect(LANGUAGES).toEqual(['en', 'zh', 'pseudo']);
	});

	it('accents, marks and lengthens a text by about a third, and keeps placeholders', () => {
		const text = pseudoLocalize('Search the atlas');
		expect(text).toMatch(/^⟦Şḗȧřƈħ ŧħḗ ȧŧŀȧş( ·{1,6})+⟧$/);
		expect(text.length - 2).toBeGreaterThanOrEqual(Math.ceil('Search the atlas'.length * 1.3));
		expect(pseudoLocalize('create {file} now')).toContain('{file}');
		expect(pseudoLocalize('→')).toBe('→');
	});

	it('makes a phrase-making function whose given values pass through unchanged', () => {
		const step = pseudoTexts(
			(n: number, of: number, what: string) => `Step ${n} of ${of}: ${what}`
		);
		const said = step(2, 5, 'Ketamine');
		expect(said).toMatch(/^⟦Şŧḗƥ 2 ǿƒ 5: Ketamine( ·+)+⟧$/);
	});

	it('gives curated text without a translation as its English made pseudo too', () => {
		const pathway = atlas.pathways[0]!;
		expect(pathway.title.pseudo).toBe(pseudoLocalize(pathway.title.en));
		expect(pathway.nodes.every((n) => n.label.pseudo === pseudoLocalize(n.label.en))).toBe(true);
	});
});

describe('figures in the pseudo-locale', () => {
	const options: SvgOptions = {
		scope: 'pathway',
		theme: 'light',
		legend: true,
		citations: true,
		title: true,
		lang: 'pseudo'
	};

	for (const subject of all) {
		const { pathway } = subject;
		const draw = (more: Partial<SvgOptions>) =>
			renderSvg(subject.laidOut, { ...options, ...more }, figureContext(pathway, subject.records));

		it(`${pathway.id}: the whole figure, each step and hypothesis has no untranslated interface text`, () => {
			const figures = [
				draw({}),
				...pathway.steps.map((_, i) => draw({ scope: 'step', step: i + 1 })),
				draw({ scope: 'step', step: 0 }),
				...(pathway.hypotheses ?? []).map((h) => draw({ hypothesis: h.id }))
			];
			for (const svg of figures) expect(untranslatedInSvg(svg)).toEqual([]);
			// the check sees English where there is some: the citations are English by right
			expect(
				svgTexts(figures[0]!).some((t) => t.citation && unmarked(t.text).match(/[A-Za-z]{3}/))
			).toBe(true);
		});

		if (pathway === all[0]!.pathway)
			it('the check finds the interface English of the same figure drawn in English', () => {
				const found = untranslatedInSvg(draw({ lang: 'en' }));
				expect(found).toEqual(
					expect.arrayContaining(['Sources', '1 sentence', 'listed in the source'])
				);
			});

		it(`${pathway.id}: every node's label, a third longer, fits its box`, () => {
			const { laidOut } = inLanguage(
				subject.laidOut,
				figureContext(pathway, subject.records),
				'pseudo'
			);
			for (const n of laidOut.nodes) {
				expect(n.label, n.id).toMatch(/^⟦.*⟧$/);
				const text = measureText(n.lines.join('\n'), TYPE.nodeSize);
				const fit = TEXT_FIT[kindShape(n.kind)];
				expect(text.width, n.id).toBeLessThanOrEqual(
					n.width * fit.x - 2 * NODE.padX + SIZE_ROUNDING
				);
				expect(text.height, n.id).toBeLessThanOrEqual(
					n.height * fit.y - 2 * NODE.padY + SIZE_ROUNDING
				);
			}
		});
	}
});

describe('exports in the pseudo-locale', () => {
	const pseudo = { ...DEFAULT_EXPORT, lang: 'pseudo' as const };
	const text = (format: TextFormat, subject = all[0]!) =>
		exportText(subject, { ...pseudo, format });

	it('the CSV: headers and every cell of words translated; quotes, citations and ids as they are', () => {
		for (const subject of all) {
			const csv = text('csv', subject);
			const [header, ...rows] = csv
				.replace(/^\uFEFF/, '')
				.trim()
				.split('\r\n');
			expect(untranslated(header!, '')).toEqual([]);
			expect(untranslated(exportText(subject, { ...DEFAULT_EXPORT, format: 'csv' }), '')).toContain(
				'element'
			);
			expect(untranslated(rows.join('\n'), byRight)).toEqual([]);
		}
	});

	it('the practice questions for an LMS (GIFT, Moodle XML) and the SVG file', () => {
		for (const subject of all)
			for (const format of ['gift', 'moodle-xml', 'svg'] as const) {
				const file = text(format, subject);
				const written = wordsOfMarkup(format === 'moodle-xml' ? moodleTexts(file) : file);
				expect(untranslated(written, byRight), `${subject.pathway.id} ${format}`).toEqual([]);
			}
	});

	it('the handout figure', () => {
		for (const subject of all)
			expect(
				untranslatedInSvg(
					handoutFigure(subject.laidOut, { ...subject.records, pathway: subject.pathway }, 'pseudo')
				)
			).toEqual([]);
	});

	it('the deck: every slide and its notes', async () => {
		const subject = all.find((s) => s.pathway.steps.length)!;
		const deck = unzipSync(
			await buildDeck(PptxGenJS, subject, { theme: 'light', legend: true, lang: 'pseudo' })
		);
		const runs = Object.keys(deck)
			.filter((n) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(n))
			.flatMap((n) => [...strFromU8(deck[n]!).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!));
		expect(runs.length).toBeGreaterThan(10);
		expect(untranslated(wordsOfMarkup(runs.join('\n')), byRight)).toEqual([]);
	});
});
