/**
 * The PowerPoint deck of every curated pathway, read back from the package's XML as PowerPoint
 * and LibreOffice read it: label sizes on the slide (the image's extent times the SVG's scale),
 * the slide's own text, the references, the package's parts.
 */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportSubject } from '../../src/lib/export/exportText.ts';
import { buildDeck, type DeckOptions } from '../../src/lib/lecture/deck.ts';
import { existingOverrides } from '../../src/lib/lecture/pptxPackage.ts';
import { boxOf } from '../../src/lib/lecture/bounds.ts';
import { MIN_LABEL_PX, readableZoom } from '../../src/lib/lecture/camera.ts';
import { lectureReferences } from '../../src/lib/lecture/references.ts';
import { firstSteps } from '../../src/lib/lecture/reveal.ts';
import { lectureSteps } from '../../src/lib/lecture/steps.ts';
import { PALETTES } from '../../src/lib/style/themes.ts';
import { allElements, realAtlas, subjects } from './helpers/figures.ts';

const EMU_PER_INCH = 914400;
const SLIDE = { width: 13.333, height: 7.5 };

type Files = Record<string, Uint8Array>;
const xml = (files: Files, name: string): Document =>
	new DOMParser().parseFromString(
		strFromU8(files[name]!),
		'application/xml'
	) as unknown as Document;
const byTag = (root: Document | Element, tag: string) => Array.from(root.getElementsByTagName(tag));
const slideText = (files: Files, n: number) =>
	byTag(xml(files, `ppt/slides/slide${n}.xml`), 'a:t')
		.map((t) => t.textContent)
		.join(' ');

interface Picture {
	/** Inches. */
	x: number;
	y: number;
	w: number;
	h: number;
	svg: Document;
}

/** The step figure on slide n: where it is, and the SVG it shows. */
function picture(files: Files, n: number): Picture {
	const slide = xml(files, `ppt/slides/slide${n}.xml`);
	const pics = byTag(slide, 'p:pic');
	expect(pics, `slide ${n}`).toHaveLength(1);
	const xfrm = byTag(pics[0]!, 'a:xfrm')[0]!;
	const off = byTag(xfrm, 'a:off')[0]!;
	const ext = byTag(xfrm, 'a:ext')[0]!;
	const inch = (el: Element, a: string) => Number(el.getAttribute(a)) / EMU_PER_INCH;
	const rel = byTag(pics[0]!, 'asvg:svgBlip')[0]!.getAttribute('r:embed');
	const rels = xml(files, `ppt/slides/_rels/slide${n}.xml.rels`);
	const target = byTag(rels, 'Relationship').find((r) => r.getAttribute('Id') === rel)!;
	const media = `ppt/${target.getAttribute('Target')!.replace('../', '')}`;
	return {
		x: inch(off, 'x'),
		y: inch(off, 'y'),
		w: inch(ext, 'cx'),
		h: inch(ext, 'cy'),
		svg: new DOMParser().parseFromString(
			strFromU8(files[media]!),
			'image/svg+xml'
		) as unknown as Document
	};
}

const viewBox = (svg: Document) =>
	svg.documentElement.getAttribute('viewBox')!.split(' ').map(Number) as [
		number,
		number,
		number,
		number
	];

/** Font sizes of the diagram's text: node and compartment labels (inherited or their own). */
function diagramFontSizes(svg: Document): number[] {
	const sizes: number[] = [];
	const walk = (el: Element, inherited: number) => {
		const own = el.getAttribute('font-size');
		const size = own ? Number(own) : inherited;
		if (el.localName === 'text') sizes.push(size);
		for (const c of Array.from(el.childNodes)) if (c.nodeType === 1) walk(c as Element, size);
	};
	const diagram = allElements(svg).find((el) => el.getAttribute('class') === 'figure-diagram')!;
	walk(diagram, 16);
	return sizes;
}

/** The bottom of the diagram: its clip when a legend band lies below it, else the figure's. */
function diagramBottom(svg: Document): number {
	const clip = allElements(svg).find((el) => el.localName === 'clipPath');
	const rect = clip?.getElementsByTagName('rect')[0];
	if (rect) return Number(rect.getAttribute('y')) + Number(rect.getAttribute('height'));
	const [, y, , h] = viewBox(svg);
	return y + h;
}

/** The label size in points as the slide shows it: SVG units × inches per unit × 72. */
const labelPoints = (pic: Picture, fontSize: number) =>
	fontSize * (pic.w / viewBox(pic.svg)[2]) * 72;

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
				const [x, y, w] = viewBox(pic.svg);
				// the diagram's part of the figure: above the legend band, when there is one
				const view = { x1: x, y1: y, x2: x + w, y2: diagramBottom(pic.svg) };
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
					step.x2 - step.x1 <= view.x2 - view.x1 - margin &&
					step.y2 - step.y1 <= view.y2 - view.y1 - margin;
				const inside = (px: number, py: number) =>
					px >= view.x1 && px <= view.x2 && py >= view.y1 && py <= view.y2;
				if (fits) {
					expect(inside(step.x1, step.y1), where).toBe(true);
					expect(inside(step.x2, step.y2), where).toBe(true);
				} else expect(inside((step.x1 + step.x2) / 2, (step.y1 + step.y2) / 2), where).toBe(true);
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
				Object.keys(atlas.sources).length + Object.keys(atlas.references).length
			);
			for (const line of cited) expect(text).toContain(line.slice(0, 40));
			const citedTitles = new Set(cited);
			for (const r of [...Object.values(atlas.sources), ...Object.values(atlas.references)])
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

describe('deck options', () => {
	let dark: Files;
	let plain: Files;
	const subject = () => subjects(realAtlas()).find((s) => s.pathway.id === 'ketamine-enantiomers')!;
	beforeAll(async () => {
		dark = unzipSync(await buildDeck(PptxGenJS, subject(), { theme: 'dark', legend: true }));
		plain = unzipSync(await buildDeck(PptxGenJS, subject(), { theme: 'light', legend: false }));
	}, 60_000);

	it('draws slides and figures in --theme', () => {
		const background = byTag(xml(dark, 'ppt/slides/slide2.xml'), 'a:srgbClr')[0]!;
		expect(`#${background.getAttribute('val')!.toLowerCase()}`).toBe(PALETTES.dark.background);
		const svg = picture(dark, 2).svg;
		const paper = allElements(svg).find((el) => el.getAttribute('class') === 'figure-background');
		expect(paper?.getAttribute('fill')).toBe(PALETTES.dark.background);
		expect(strFromU8(dark['ppt/slides/slide2.xml']!)).toContain(
			PALETTES.dark.ink.slice(1).toUpperCase()
		);
	});

	it('leaves the legend out with --no-legend, and keeps it otherwise', () => {
		const legend = (files: Files) =>
			allElements(picture(files, 2).svg).some((el) => el.getAttribute('class') === 'figure-legend');
		expect(legend(dark)).toBe(true);
		expect(legend(plain)).toBe(false);
	});
});

describe('package repair', () => {
	it('drops content-type overrides of parts that do not exist, and keeps the rest', () => {
		const types =
			'<Types><Default Extension="xml" ContentType="application/xml"/>' +
			'<Override PartName="/ppt/slides/slide1.xml" ContentType="a"/>' +
			'<Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="b"/></Types>';
		expect(existingOverrides(types, new Set(['ppt/slides/slide1.xml']))).toBe(
			'<Types><Default Extension="xml" ContentType="application/xml"/>' +
				'<Override PartName="/ppt/slides/slide1.xml" ContentType="a"/></Types>'
		);
	});
});
