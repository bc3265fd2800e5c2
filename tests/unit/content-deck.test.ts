/**
 * Content test (a product guarantee on the real content): the PowerPoint deck of every curated
 * pathway, read back from the package's XML as PowerPoint and LibreOffice read it: label sizes on
 * the slide (the image's extent times the SVG's scale), the slide's own text, the references, the
 * package's parts.
 */
import { unzipSync, strFromU8 } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportSubject } from '../../src/lib/export/exportText.ts';
import { buildDeck, type DeckOptions } from '../../src/lib/lecture/deck.ts';
import { boxOf } from '../../src/lib/lecture/bounds.ts';
import { MIN_LABEL_PX, readableZoom } from '../../src/lib/lecture/camera.ts';
import { lectureReferences } from '../../src/lib/lecture/references.ts';
import { firstSteps } from '../../src/lib/lecture/reveal.ts';
import { lectureSteps } from '../../src/lib/lecture/steps.ts';
import {
	byTag,
	diagramFontSizes,
	diagramRows,
	labelPoints,
	picture,
	slideText,
	SLIDE,
	viewBox,
	xml,
	type Files
} from './helpers/deckXml.ts';
import { realAtlas, subjects } from './helpers/figures.ts';

const decks = new Map<string, Files>();
const deckOf = (s: ExportSubject) => decks.get(s.pathway.id)!;
const LIGHT: DeckOptions = { theme: 'light', legend: true };

beforeAll(async () => {
	for (const s of subjects(realAtlas()))
		decks.set(s.pathway.id, unzipSync(await buildDeck(PptxGenJS, s, LIGHT)));
}, 120_000);

describe('PowerPoint deck of every curated pathway', () => {
	const all = () => subjects(realAtlas());

	it('has a title slide, one slide per step and a references slide', () => {
		for (const s of all()) {
			const slides = Object.keys(deckOf(s)).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
			expect(slides, s.pathway.id).toHaveLength(lectureSteps(s.pathway).length + 2);
		}
	});

	it('draws every label of every step slide at 12 pt or more', () => {
		for (const s of all())
			lectureSteps(s.pathway).forEach((_, i) => {
				const pic = picture(deckOf(s), i + 2);
				const sizes = diagramFontSizes(pic.svg);
				expect(sizes.length, `${s.pathway.id} step ${i + 1}`).toBeGreaterThan(0);
				const smallest = Math.min(...sizes.map((f) => labelPoints(pic, f)));
				expect(smallest, `${s.pathway.id} step ${i + 1}`).toBeGreaterThanOrEqual(11.95);
			});
	});

	it('keeps each figure on the slide, between the narration and the small type', () => {
		for (const s of all())
			lectureSteps(s.pathway).forEach((_, i) => {
				const pic = picture(deckOf(s), i + 2);
				const where = `${s.pathway.id} step ${i + 1}`;
				expect(pic.x, where).toBeGreaterThanOrEqual(0.3);
				expect(pic.x + pic.w, where).toBeLessThanOrEqual(SLIDE.width - 0.3);
				expect(pic.y, where).toBeGreaterThanOrEqual(1.2);
				expect(pic.y + pic.h, where).toBeLessThanOrEqual(6.45);
			});
	});

	it('looks at the step: all of it when it fits at the readable zoom, else its middle', () => {
		for (const s of all()) {
			const first = firstSteps(s.pathway, lectureSteps(s.pathway));
			lectureSteps(s.pathway).forEach((_, i) => {
				const pic = picture(deckOf(s), i + 2);
				const [x, , w] = viewBox(pic.svg);
				// the diagram's part of the figure: above the legend band, below the gap over it
				const { top, bottom } = diagramRows(pic.svg);
				const view = { x1: x, y1: top, x2: x + w, y2: bottom };
				const nodes = s.laid.nodes.filter((node) => first.get(node.id) === i + 1);
				const where = `${s.pathway.id} step ${i + 1}`;
				for (const n of nodes) expect(pic.svg.getElementById(`node-${n.id}`), n.id).toBeTruthy();
				// the step's elements, edges included, as the presentation's camera frames them
				const step = boxOf(
					s.laid,
					[...first].filter(([, n]) => n === i + 1).map(([id]) => id)
				);
				if (!step) return;
				// the camera keeps 32 slide px of margin, at most 16 model units at the readable zoom
				const margin = (2 * 32) / readableZoom(MIN_LABEL_PX);
				const fits =
					step.width <= view.x2 - view.x1 - margin && step.height <= view.y2 - view.y1 - margin;
				const inside = (px: number, py: number) =>
					px >= view.x1 && px <= view.x2 && py >= view.y1 && py <= view.y2;
				if (fits) {
					expect(inside(step.x, step.y), where).toBe(true);
					expect(inside(step.x + step.width, step.y + step.height), where).toBe(true);
				} else expect(inside(step.x + step.width / 2, step.y + step.height / 2), where).toBe(true);
			});
		}
	});

	it('says the narration on the slide itself, the supporting sentence and citation in small type', () => {
		for (const s of all())
			lectureSteps(s.pathway).forEach((step, i) => {
				const slide = xml(deckOf(s), `ppt/slides/slide${i + 2}.xml`);
				const runs = byTag(slide, 'a:r').map((r) => ({
					text: byTag(r, 'a:t')[0]?.textContent ?? '',
					size: Number(byTag(r, 'a:rPr')[0]?.getAttribute('sz')) / 100
				}));
				const narration = runs.find((r) => r.text === step.narration);
				expect(narration, `${s.pathway.id} step ${i + 1}`).toBeDefined();
				expect(narration!.size).toBeGreaterThanOrEqual(24);
				const small = runs.filter((r) => r !== narration && r.text.length > 20);
				expect(small.length, `${s.pathway.id} step ${i + 1}`).toBeGreaterThan(0);
				for (const r of small) expect(r.size).toBe(12);
				expect(small.map((r) => r.text).join(' ')).toMatch(/\(\d{4}\)|et al\.|background|curator/i);
			});
	});

	it('lists on the references slide what the pathway cites, and nothing else', () => {
		const atlas = realAtlas();
		for (const s of all()) {
			const last = lectureSteps(s.pathway).length + 2;
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
