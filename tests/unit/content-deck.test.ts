/**
 * Content test (a product guarantee on the real content): the PowerPoint deck of every curated
 * pathway, read back from the package's XML as PowerPoint and LibreOffice read it: an overview
 * slide with every node whole; on each step slide the share of the slide the visible diagram
 * takes (its clip frame times the image's scale), the step's nodes whole in that frame, a
 * hypothesis step's elements and name, label sizes, the narration's box; the references, the
 * package's parts.
 */
import { unzipSync, strFromU8 } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportSubject } from '../../src/lib/export/exportText.ts';
import { buildDeck, type DeckOptions } from '../../src/lib/lecture/deck.ts';
import { boxOf } from '../../src/lib/lecture/bounds.ts';
import { MIN_LABEL_PX, readableZoom } from '../../src/lib/lecture/camera.ts';
import { DEFAULT_EXPORT } from '../../src/lib/export/exportOptions.ts';
import { figureSvg } from '../../src/lib/export/exportText.ts';
import { EAST_ASIAN_FACE } from '../../src/lib/lecture/pptxPackage.ts';
import { stepFigures } from '../../src/lib/lecture/stepFigures.ts';
import { lectureReferences } from '../../src/lib/lecture/references.ts';
import { linesAt } from '../../src/lib/lecture/slideLayout.ts';
import { slideStepIds } from '../../src/lib/lecture/slideView.ts';
import { lectureSteps } from '../../src/lib/lecture/steps.ts';
import {
	byTag,
	diagramFontSizes,
	diagramShare,
	drawn,
	frameOf,
	inchesPerUnit,
	labelPoints,
	picture,
	slideText,
	SLIDE,
	textBoxes,
	wholeIn,
	xml,
	type Files
} from './helpers/deckXml.ts';

type Box = { x: number; y: number; w: number; h: number };
import { realAtlas, subjects } from './helpers/figures.ts';

const decks = new Map<string, Files>();
const deckOf = (s: ExportSubject) => decks.get(s.pathway.id)!;
const LIGHT: DeckOptions = { theme: 'light', legend: true };
const OVERVIEW = 2;

/** Whether step n's own nodes fit its slide's diagram at the presentation's readable zoom. */
function stepFitsReadable(s: ExportSubject, n: number): boolean {
	const pic = picture(deckOf(s), n + FIRST_STEP - 1);
	const box = boxOf(s.laidOut, slideStepIds(s.pathway, n).own);
	if (!box) return true;
	// slide px (1920 across) per SVG unit at the readable zoom, and the camera's 32 px margins
	const zoom = readableZoom(MIN_LABEL_PX);
	const px = inchesPerUnit(pic) * (1920 / SLIDE.width);
	const f = frameOf(pic);
	// (with a hair to spare: the frame is drawn widened to whole units)
	const fits = (model: number, frame: number) => model * zoom + 64 <= 0.98 * frame * px;
	return fits(box.width, f.width) && fits(box.height, f.height);
}
const FIRST_STEP = 3;

beforeAll(async () => {
	for (const s of subjects(realAtlas()))
		decks.set(s.pathway.id, unzipSync(await buildDeck(PptxGenJS, s, LIGHT)));
}, 120_000);

describe('PowerPoint deck of every curated pathway', () => {
	const all = () => subjects(realAtlas());

	it('has a title slide, an overview slide, one slide per step and a references slide', () => {
		for (const s of all()) {
			const slides = Object.keys(deckOf(s)).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
			expect(slides, s.pathway.id).toHaveLength(lectureSteps(s.pathway).length + 3);
		}
	});

	it('shows every node of the pathway whole on the overview slide', () => {
		for (const s of all()) {
			const pic = picture(deckOf(s), OVERVIEW);
			const cut = s.laidOut.nodes.filter((n) => !wholeIn(frameOf(pic), n) || !drawn(pic, n.id));
			expect(
				cut.map((n) => n.id),
				s.pathway.id
			).toEqual([]);
		}
	});

	it('gives the visible diagram of every step slide at least half the slide', () => {
		for (const s of all())
			lectureSteps(s.pathway).forEach((_, i) => {
				const pic = picture(deckOf(s), i + FIRST_STEP);
				expect(diagramShare(pic), `${s.pathway.id} step ${i + 1}`).toBeGreaterThanOrEqual(0.5);
			});
	});

	it('holds every node of each step whole in view', () => {
		for (const s of all())
			lectureSteps(s.pathway).forEach((_, i) => {
				const pic = picture(deckOf(s), i + FIRST_STEP);
				const { own } = slideStepIds(s.pathway, i + 1);
				const nodes = s.laidOut.nodes.filter((n) => own.includes(n.id));
				const cut = nodes.filter((n) => !wholeIn(frameOf(pic), n) || !drawn(pic, n.id));
				expect(
					cut.map((n) => n.id),
					`${s.pathway.id} step ${i + 1}`
				).toEqual([]);
			});
	});

	it('draws on a step that names a hypothesis that one and the shared elements, and names it', () => {
		let checked = 0;
		for (const s of all())
			lectureSteps(s.pathway).forEach((step, i) => {
				if (!step.hypothesis) return;
				checked++;
				const pic = picture(deckOf(s), i + FIRST_STEP);
				const where = `${s.pathway.id} step ${i + 1}`;
				const others = [...s.pathway.nodes, ...s.pathway.edges].filter(
					(el) => el.hypotheses?.length && !el.hypotheses.includes(step.hypothesis!)
				);
				expect(
					others.filter((el) => drawn(pic, el.id)).map((el) => el.id),
					where
				).toEqual([]);
				const label = s.pathway.hypotheses!.find((h) => h.id === step.hypothesis)!.label.en;
				expect(slideText(deckOf(s), i + FIRST_STEP), where).toContain(`Hypothesis: ${label}`);
			});
		expect(checked).toBeGreaterThan(0);
	});

	it('draws labels at 12 pt or more, or else the step as large as the slide holds it', () => {
		for (const s of all())
			lectureSteps(s.pathway).forEach((_, i) => {
				const pic = picture(deckOf(s), i + FIRST_STEP);
				const where = `${s.pathway.id} step ${i + 1}`;
				const sizes = diagramFontSizes(pic.svg);
				expect(sizes.length, where).toBeGreaterThan(0);
				const smallest = Math.min(...sizes.map((f) => labelPoints(pic, f)));
				if (stepFitsReadable(s, i + 1)) expect(smallest, where).toBeGreaterThanOrEqual(11.95);
				else {
					// a step larger than the view at 12 pt is drawn smaller, so that it is whole
					const box = boxOf(s.laidOut, slideStepIds(s.pathway, i + 1).own)!;
					const f = frameOf(pic);
					expect(Math.max(box.width / f.width, box.height / f.height), where).toBeGreaterThan(0.8);
				}
			});
	});

	it('keeps each figure on the slide, clear of every text box', () => {
		const apart = (a: Box, b: Box) =>
			a.x + a.w <= b.x + 0.01 ||
			b.x + b.w <= a.x + 0.01 ||
			a.y + a.h <= b.y + 0.01 ||
			b.y + b.h <= a.y + 0.01;
		for (const s of all())
			lectureSteps(s.pathway).forEach((_, i) => {
				const n = i + FIRST_STEP;
				const pic = picture(deckOf(s), n);
				const where = `${s.pathway.id} step ${i + 1}`;
				expect(pic.x, where).toBeGreaterThanOrEqual(0.25);
				expect(pic.y, where).toBeGreaterThanOrEqual(0.1);
				expect(pic.x + pic.w, where).toBeLessThanOrEqual(SLIDE.width - 0.25);
				expect(pic.y + pic.h, where).toBeLessThanOrEqual(SLIDE.height - 0.1);
				for (const box of textBoxes(deckOf(s), n)) {
					expect(box.y + box.h, where).toBeLessThanOrEqual(SLIDE.height);
					expect(apart({ x: pic.x, y: pic.y, w: pic.w, h: pic.h }, box), where).toBe(true);
				}
			});
	});

	it('sets narration at 18 pt or more in a box sized for it, with no auto-fit', () => {
		for (const s of all())
			lectureSteps(s.pathway).forEach((step, i) => {
				const n = i + FIRST_STEP;
				const slide = strFromU8(deckOf(s)[`ppt/slides/slide${n}.xml`]!);
				expect(slide, `${s.pathway.id} step ${i + 1}`).not.toMatch(/normAutofit|spAutoFit/);
				const box = textBoxes(deckOf(s), n).find((b) => b.text === step.narration.en)!;
				const lines = linesAt(step.narration.en, box.w, box.pt);
				expect(box.pt).toBeGreaterThanOrEqual(18);
				expect(box.h, `${s.pathway.id} step ${i + 1}`).toBeGreaterThanOrEqual(
					(lines * box.pt * 1.2) / 72
				);
			});
	});

	it('says the narration on the slide itself, the supporting sentence and citation in small type', () => {
		for (const s of all())
			lectureSteps(s.pathway).forEach((step, i) => {
				const slide = xml(deckOf(s), `ppt/slides/slide${i + FIRST_STEP}.xml`);
				const runs = byTag(slide, 'a:r').map((r) => ({
					text: byTag(r, 'a:t')[0]?.textContent ?? '',
					size: Number(byTag(r, 'a:rPr')[0]?.getAttribute('sz')) / 100
				}));
				const narration = runs.find((r) => r.text === step.narration.en);
				expect(narration, `${s.pathway.id} step ${i + 1}`).toBeDefined();
				expect(narration!.size).toBeGreaterThanOrEqual(18);
				const small = runs.filter(
					(r) => r !== narration && r.text.length > 20 && !r.text.startsWith('Hypothesis: ')
				);
				expect(small.length, `${s.pathway.id} step ${i + 1}`).toBeGreaterThan(0);
				for (const r of small) expect(r.size).toBe(12);
				expect(small.map((r) => r.text).join(' ')).toMatch(/\(\d{4}\)|et al\.|background|curator/i);
			});
	});

	it('lists on the references slide what the pathway cites, and nothing else', () => {
		const atlas = realAtlas();
		for (const s of all()) {
			const last = lectureSteps(s.pathway).length + FIRST_STEP;
			const text = slideText(deckOf(s), last);
			const cited = lectureReferences(s.pathway, atlas);
			expect(cited.length).toBeGreaterThan(0);
			expect(cited.length).toBeLessThan(
				[...atlas.sources.keys()].length + [...atlas.references.keys()].length
			);
			for (const line of cited) expect(text).toContain(line.slice(0, 40));
			const citedTitles = new Set(cited);
			for (const r of [...[...atlas.sources.values()], ...[...atlas.references.values()]])
				if (![...citedTitles].some((l) => l.includes(r.title)))
					expect(text, `${s.pathway.id} lists ${r.title}`).not.toContain(r.title);
			expect(text).not.toContain('et al..');
		}
	});

	it('declares no part the package lacks (no phantom slide masters)', () => {
		for (const s of all()) {
			const files = deckOf(s);
			const types = strFromU8(files['[Content_Types].xml']!);
			const parts = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]!);
			expect(parts.length).toBeGreaterThan(5);
			for (const part of parts) expect(files[part], part).toBeDefined();
			expect(parts.filter((p) => p.startsWith('ppt/slideMasters/'))).toHaveLength(1);
		}
	});
});

describe('a step that names a hypothesis, in one step figure and in every step figure', () => {
	it('draws that hypothesis and the shared elements, and names it, the same in both', () => {
		let checked = 0;
		for (const s of subjects(realAtlas())) {
			const every = stepFigures(s);
			s.pathway.steps.forEach((step, i) => {
				if (!step.hypothesis) return;
				checked++;
				const one = figureSvg(s, { ...DEFAULT_EXPORT, scope: 'step', step: i + 1 });
				expect(one, `${s.pathway.id} step ${i + 1}`).toBe(every[i]!.svg);
				const label = s.pathway.hypotheses!.find((h) => h.id === step.hypothesis)!.label.en;
				expect(one).toContain(`Hypothesis: ${label.replace(/&/g, '&amp;')}`);
				for (const node of s.pathway.nodes)
					if (node.hypotheses?.length && !node.hypotheses.includes(step.hypothesis))
						expect(one, node.id).not.toContain(`id="node-${node.id}"`);
			});
		}
		expect(checked).toBeGreaterThan(0);
	});
});

describe('Chinese on the slides', () => {
	it('tags runs with Chinese in them zh-CN, and sets every run in a Simplified Chinese face', async () => {
		const s = subjects(realAtlas()).find((x) => x.pathway.steps.some((st) => st.narration.zh))!;
		const files = unzipSync(await buildDeck(PptxGenJS, s, { ...LIGHT, lang: 'zh' }));
		const runs = byTag(xml(files, `ppt/slides/slide${FIRST_STEP}.xml`), 'a:r');
		const chinese = runs.filter((r) => /[\u4e00-\u9fff]/.test(byTag(r, 'a:t')[0]!.textContent!));
		expect(chinese.length).toBeGreaterThan(0);
		for (const r of chinese) {
			const props = byTag(r, 'a:rPr')[0]!;
			expect(props.getAttribute('lang')).toBe('zh-CN');
			expect(byTag(props, 'a:ea')[0]!.getAttribute('typeface')).toBe(EAST_ASIAN_FACE);
		}
		const english = runs.find((r) => /^\d+ \/ \d+$/.test(byTag(r, 'a:t')[0]!.textContent!));
		expect(byTag(english!, 'a:rPr')[0]!.getAttribute('lang')).toBe('en-US');
	}, 60_000);
});
