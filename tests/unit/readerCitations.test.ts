/**
 * Citations as a reader sees them, in every export: no record-keeping note inline, an unconfirmed
 * record marked once and explained once in the reader's language, a record without authors said
 * so as a reference list says it.
 */
import { strFromU8, unzipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import type { ExportSubject } from '../../src/lib/export/exportText.ts';
import type { Language } from '../../src/lib/i18n/languages.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { buildDeck } from '../../src/lib/lecture/deck.ts';
import type { Bibliographic } from '../../src/lib/model/atlas.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { referenceText } from '../../src/lib/render/referenceText.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { citationLinks, shortCitation } from '../../src/lib/view/citation.ts';
import { realAtlas } from './helpers/figures.ts';

const atlas = realAtlas();
const RECORD_KEEPING = /not on the source page|not given on the source page|未见于|未给出/i;
const subject = (id: string): ExportSubject => {
	const pathway = atlas.pathways.find((p) => p.id === id)!;
	return { pathway, laidOut: layoutPathway(pathway, atlas.entities), records: atlas };
};
const figure = (s: ExportSubject, lang: Language) =>
	renderSvg(
		s.laidOut,
		{ scope: 'pathway', theme: 'light', legend: false, citations: true, title: true, lang },
		figureContext(s.pathway, s.records)
	);
const footer = (svg: string) =>
	(svg.match(/<g class="figure-citations"[\s\S]*?<\/g>/)?.[0] ?? '').replace(/<[^>]+>/g, ' ');

const anonymous: Bibliographic = {
	...atlas.references.get('pmid-27062302')!,
	authors: undefined
};

describe('a citation without authors', () => {
	it('says so, as a reference list does, in either language', () => {
		expect(shortCitation(anonymous)).toBe('[No authors listed] (2016) Depress Anxiety');
		expect(shortCitation(anonymous, 'zh')).toBe('[作者不详] (2016) Depress Anxiety');
		expect(referenceText(anonymous, 'en', '†').text).toMatch(/^\[No authors listed\]\. Ketamine/);
	});
});

describe('an unconfirmed record', () => {
	const niciu = atlas.sources.get('niciu-2014')!;
	it('keeps its provenance in the data', () => {
		expect(niciu.unverified).toEqual(['authors', 'journal', 'year']);
	});
	it('is marked once, at the end of its entry, with its details written plainly', () => {
		const { text, unconfirmed } = referenceText(niciu, 'en', '*');
		expect(unconfirmed).toBe(true);
		expect(text.match(/\*/g)).toHaveLength(1);
		expect(text).toMatch(/Charney DS\. Glutamate.*Annu Rev Pharmacol Toxicol 2014\./);
		expect(text.endsWith(' *')).toBe(true);
		expect(citationLinks(niciu)).toMatchObject({
			short: { en: 'Niciu MJ et al. (2014) Annu Rev Pharmacol Toxicol' },
			unconfirmed: true
		});
	});
});

describe('the citation footer of an exported figure', () => {
	for (const lang of ['en', 'zh'] as const)
		it(`carries no record-keeping note or inline asterisk (${lang})`, () => {
			const text = footer(figure(subject('ketamine-disinhibition'), lang));
			expect(text).toContain('Niciu MJ');
			expect(text).not.toMatch(RECORD_KEEPING);
			expect(text).not.toMatch(/DS\*|2014\*|Toxicol\*/);
			const note = lang === 'en' ? '* Some details' : '* 此文献的部分信息';
			expect(text).toContain(note);
			expect(text).toContain(lang === 'en' ? '[No authors listed]' : '[作者不详]');
		});
});

describe("the deck's references slide", () => {
	for (const lang of ['en', 'zh'] as const)
		it(`lists references plainly, explaining the mark once (${lang})`, async () => {
			const s = subject('ketamine-disinhibition');
			const files = unzipSync(
				await buildDeck(PptxGenJS, s, { theme: 'light', legend: false, lang })
			);
			const last = Object.keys(files)
				.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
				.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
				.at(-1)!;
			const text = strFromU8(files[last]!).replace(/<[^>]+>/g, ' ');
			expect(text).not.toMatch(RECORD_KEEPING);
			expect(text.match(/† (Some details|此文献)/g)).toHaveLength(1);
		}, 60_000);
});
