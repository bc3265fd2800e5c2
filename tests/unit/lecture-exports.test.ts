import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportSubject } from '../../src/lib/export/exportText.ts';
import { parseExportArgs } from '../../src/lib/export/node/cliArgs.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { captionFor } from '../../src/lib/lecture/caption.ts';
import { buildDeck, svgSize } from '../../src/lib/lecture/deck.ts';
import { stepNotes } from '../../src/lib/lecture/notes.ts';
import { withPngFallbacks } from '../../src/lib/lecture/pngFallbacks.ts';
import {
	lectureReferences,
	referenceLine,
	unconfirmedNote
} from '../../src/lib/lecture/references.ts';
import { stepFigures, stepFileName } from '../../src/lib/lecture/stepFigures.ts';
import { zipFiles } from '../../src/lib/lecture/zip.ts';
import { galleryAtlas, galleryPathway } from './helpers/figures.ts';
import { runExport } from './helpers/cli.ts';

const atlas = galleryAtlas();
/** Five lecture steps; step 2 rests on a stated sentence, the last on a curator's note. */
const cascade = galleryPathway('many-steps');
const subject: ExportSubject = {
	pathway: cascade,
	laidOut: layoutPathway(cascade, atlas.entities),
	records: atlas
};

const wellFormed = (svg: string) => {
	const errors: string[] = [];
	new DOMParser({
		onError: (level, message) => errors.push(`${level}: ${message}`)
	}).parseFromString(svg, 'image/svg+xml');
	return errors;
};
const nodeIds = (svg: string) => [...svg.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]);

describe('per-step figures', () => {
	it('number their files so that they sort in lecture order', () => {
		expect(stepFileName('p', 3, 12)).toBe('p.step-03.svg');
		expect(stepFileName('p', 12, 12, 'png')).toBe('p.step-12.png');
		expect(stepFileName('p', 2, 9)).toBe('p.step-2.svg');
	});
	it('are one well-formed SVG per step, each showing more than the one before', () => {
		const figures = stepFigures(subject);
		expect(figures.map((f) => f.step)).toEqual(cascade.steps.map((_, i) => i + 1));
		expect(figures[0]?.name).toBe('many-steps.step-1.svg');
		for (const f of figures) expect(wellFormed(f.svg), f.name).toEqual([]);
		const sizes = figures.map((f) => f.svg.length);
		sizes.slice(1).forEach((s, i) => expect(s).toBeGreaterThan(sizes[i]!));
		expect(figures[1]?.svg).toContain(`Step 2 of ${cascade.steps.length}`);
		expect(figures[1]?.svg).toContain('It blocks the NMDA receptor.');
	});
	it('all share one frame without the title band, so successive slides line up', () => {
		const sizes = new Set(
			stepFigures(subject, { legend: false, citations: false }, { title: false }).map((f) =>
				JSON.stringify(svgSize(f.svg))
			)
		);
		expect(sizes.size).toBe(1);
	});
	it('draw only what the steps so far reveal', () => {
		const [first] = stepFigures(subject, {}, { title: false });
		expect(first?.svg).toContain('Ketamine');
		expect(first?.svg).not.toContain('NMDA receptor');
		expect(nodeIds(first!.svg).length).toBeLessThanOrEqual(1);
	});
});

describe('zip of step figures', () => {
	it('holds every file under its name, byte for byte', () => {
		const files = stepFigures(subject).map((f) => ({ name: f.name, data: f.svg }));
		const zip = unzipSync(zipFiles(files));
		expect(Object.keys(zip)).toEqual(files.map((f) => f.name));
		expect(strFromU8(zip[files[4]!.name]!)).toBe(files[4]!.data);
	});
});

describe('speaker notes and references', () => {
	it('give the narration, then the sentence with the quote in quotation marks, the support and the citation', () => {
		const notes = stepNotes(captionFor(cascade, 2, atlas)).split('\n');
		expect(notes[0]).toBe(cascade.steps[1]!.narration.en);
		expect(notes[1]).toBe('');
		expect(notes[2]).toContain('“the dissociative anaesthetic ketamine, an uncompetitive');
		expect(notes[3]).toBe('Stated by the source. Jelen LA et al. (2021) J Psychopharmacol, s1');
	});
	it('label a background note as the curator’s', () => {
		expect(stepNotes(captionFor(cascade, 5, atlas))).toMatch(/\nCurator note: Gallery fixture\./);
	});
	it('list every source and reference the pathway cites, an unconfirmed record marked once', () => {
		const lines = lectureReferences(cascade, subject.records);
		const evidence = [...cascade.nodes, ...cascade.edges].flatMap((el) => el.evidence);
		const cited = new Set(
			evidence.map((e) => (e.support === 'background' ? `r:${e.reference}` : `s:${e.source}`))
		);
		expect(lines).toHaveLength(cited.size);
		for (const line of lines) expect(line).not.toContain('et al..');
		const niciu = referenceLine(atlas.sources.get('niciu-2014')!);
		expect(niciu).not.toContain('not on the source page');
		expect(niciu).toContain('Charney DS. Glutamate');
		expect(niciu.match(/†/g)).toHaveLength(1);
		expect(niciu).toMatch(/PMID 24392693\. doi:10\.1146\/annurev-pharmtox-011613-135950\. †$/);
		expect(unconfirmedNote(lines, 'en')).toMatch(/^† Some details/);
	});
	it('word the note in Chinese for a Chinese handout or deck', () => {
		const lines = lectureReferences(cascade, subject.records, 'zh');
		expect(lines.join('\n')).not.toMatch(/not on the source page|未见于/);
		expect(unconfirmedNote(lines, 'zh')).toBe('† 此文献的部分信息尚待与原出版物核对。');
	});
});

describe('PowerPoint deck', () => {
	let files: Record<string, Uint8Array>;
	beforeAll(async () => {
		files = unzipSync(await buildDeck(PptxGenJS, subject, { theme: 'light', legend: true }));
	}, 60_000);
	const text = (name: string) => strFromU8(files[name]!).replace(/<[^>]+>/g, ' ');
	const slides = () => Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));

	it('has a title slide, an overview slide, one slide per step and a references slide', () => {
		expect(slides()).toHaveLength(cascade.steps.length + 3);
		expect(text('ppt/slides/slide1.xml')).toContain(
			cascade.title.en.replace("'", '&apos;').slice(0, 20)
		);
		expect(text('ppt/slides/slide2.xml')).toContain('Overview');
		expect(text('ppt/slides/slide4.xml')).toContain(`2 / ${cascade.steps.length}`);
		expect(text('ppt/slides/slide4.xml')).toContain(cascade.steps[1]!.narration.en.slice(0, 30));
		expect(text(`ppt/slides/slide${cascade.steps.length + 3}.xml`)).toContain('References');
	});
	it('draws the whole pathway and each step as an SVG image with a PNG beside it', () => {
		const slide = strFromU8(files['ppt/slides/slide4.xml']!);
		expect(slide).toContain('asvg:svgBlip');
		const svg = strFromU8(files['ppt/media/image-4-2.svg']!);
		expect(wellFormed(svg)).toEqual([]);
		expect(svg).toContain('NMDA receptor');
		expect(files['ppt/media/image-4-1.png']).toBeDefined();
		const overview = strFromU8(files['ppt/media/image-2-2.svg']!);
		for (const node of cascade.nodes) expect(overview).toContain(`id="node-${node.id}"`);
	});
	it('puts the narration and the supporting sentence in the speaker notes', () => {
		const notes = Object.keys(files).filter((n) =>
			/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)
		);
		expect(notes.length).toBeGreaterThanOrEqual(cascade.steps.length);
		const step2 = text('ppt/notesSlides/notesSlide4.xml');
		expect(step2).toContain('It blocks the NMDA receptor.');
		expect(step2).toContain('Jelen LA et al. (2021) J Psychopharmacol, s1');
	});
});

describe('PNG fallbacks drawn in Node', () => {
	it('replace the PNG beside each SVG, and nothing else', () => {
		const pptx = zipSync({
			'ppt/media/image-2-1.png': strToU8('broken'),
			'ppt/media/image-2-2.svg': strToU8('<svg id="two"/>'),
			'ppt/media/image-3-5.png': strToU8('a real photo'),
			'ppt/slides/slide2.xml': strToU8('<slide/>')
		});
		const out = unzipSync(withPngFallbacks(pptx, (svg) => strToU8(`png of ${svg}`)));
		expect(strFromU8(out['ppt/media/image-2-1.png']!)).toBe('png of <svg id="two"/>');
		expect(strFromU8(out['ppt/media/image-3-5.png']!)).toBe('a real photo');
		expect(strFromU8(out['ppt/slides/slide2.xml']!)).toBe('<slide/>');
	});
});

describe('export CLI in lecture mode', () => {
	it('takes --steps for figures and --format pptx for a deck', () => {
		expect(parseExportArgs(['p', '--steps', '--format', 'svg', '--out', 'o'])?.lecture).toBe(
			'steps'
		);
		expect(parseExportArgs(['p', '--format', 'pptx', '--out', 'o'])?.lecture).toBe('deck');
		expect(parseExportArgs(['p', '--format', 'svg', '--out', 'o'])?.lecture).toBeUndefined();
	});
	it('refuses --steps with a format that is not a figure, or with --step', () => {
		expect(() => parseExportArgs(['p', '--steps', '--format', 'csv', '--out', 'o'])).toThrow(
			/--steps writes figures/
		);
		expect(() =>
			parseExportArgs(['p', '--steps', '--step', '2', '--format', 'svg', '--out', 'o'])
		).toThrow(/not both/);
	});
	it('writes one numbered SVG per step, and a .pptx that opens as a zip with its slides', async () => {
		const out = mkdtempSync(join(tmpdir(), 'atlas-lecture-'));
		try {
			const run = (...args: string[]) =>
				runExport(['every-support', '--dir', 'tests/fixtures/gallery', ...args, '--out', out]);
			expect((await run('--steps', '--format', 'svg')).status).toBe(0);
			expect((await run('--format', 'pptx')).status).toBe(0);
			const steps = galleryPathway('every-support').steps.length;
			const written = readdirSync(out).sort();
			expect(written.filter((f) => f.endsWith('.svg'))).toHaveLength(steps);
			const deck = unzipSync(readFileSync(join(out, 'every-support.pptx')));
			expect(Object.keys(deck).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(
				steps + 3
			);
			// the PNG fallback is a real PNG drawn from the SVG, not pptxgenjs's placeholder
			const png = deck['ppt/media/image-2-1.png']!;
			expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
			expect(png.length).toBeGreaterThan(1000);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	}, 120_000);
});
