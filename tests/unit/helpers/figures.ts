/** Figures for the renderer and export tests: the fixture, hostile and curated atlases laid out, SVG parsed, PNGs read. */
import { DOMParser } from '@xmldom/xmldom';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { ExportSubject } from '../../../src/lib/export/exportText.ts';
import type { Atlas } from '../../../src/lib/model/atlas.ts';
import { LayoutCache } from '../../../src/lib/server/layoutCache.ts';
import { readCuratedDir } from '../../../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../../../src/lib/validate/validateAtlas.ts';
import { FIXTURES, REAL_PATHWAYS } from './fixtures.ts';

const atlases = new Map<string, Atlas>();

/** A valid atlas folder, validated once per test file. */
export function atlasFrom(dir: string): Atlas {
	if (!atlases.has(dir)) {
		const result = validateAtlas(readCuratedDir(dir));
		if (result.errors.length) throw new Error(`${dir} is not a valid atlas`);
		atlases.set(dir, result.atlas);
	}
	return atlases.get(dir)!;
}

/** The curated atlas: for content tests only; tests of the code use the fixture atlases. */
export const realAtlas = () => atlasFrom(REAL_PATHWAYS);
/** Small fixture figures, one feature each (tests/fixtures/gallery/). */
export const galleryAtlas = () => atlasFrom(join(FIXTURES, 'gallery'));
/** Gallery pathways by id. */
export const galleryPathway = (id: string) => {
	const found = galleryAtlas().pathways.find((p) => p.id === id);
	if (!found) throw new Error(`no gallery pathway ${id}`);
	return found;
};
/** Hostile HTML in every curated text field. */
export const xssAtlas = () => atlasFrom(join(FIXTURES, 'xss'));

/**
 * Layouts by content, in memory: a test file lays out each pathway once however many tests ask
 * (the curated atlas takes seconds). The code cannot change during a run, so no code hash.
 */
const layouts = new LayoutCache(undefined, 'this test run');

/** Each pathway laid out, a copy of its own for each caller (a test may change what it gets). */
export function subjects(atlas: Atlas): ExportSubject[] {
	return atlas.pathways.map((pathway) => ({
		pathway,
		laidOut: structuredClone(layouts.layout(pathway, atlas.entities)),
		records: atlas
	}));
}

/** Parses SVG as XML; any error or warning throws. */
export function parseSvg(text: string): Document {
	const parser = new DOMParser({
		onError: (level, message) => {
			throw new Error(`XML ${level}: ${message}`);
		}
	});
	return parser.parseFromString(text, 'image/svg+xml') as unknown as Document;
}

export function allElements(doc: Document): Element[] {
	const out: Element[] = [];
	const walk = (el: Element) => {
		out.push(el);
		for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) walk(c as Element);
	};
	walk(doc.documentElement);
	return out;
}

export const attributesOf = (el: Element): Attr[] =>
	Array.from({ length: el.attributes.length }, (_, i) => el.attributes.item(i)!);

/** Size of a PNG, and how many pixels differ clearly from its top-left pixel (the background). */
export function inkedPixels(png: Buffer): { width: number; height: number; inked: number } {
	const { width, height, data } = PNG.sync.read(png);
	const bg = [data[0]!, data[1]!, data[2]!, data[3]!];
	let inked = 0;
	for (let i = 0; i < data.length; i += 4) {
		const d = [0, 1, 2, 3].reduce((s, k) => s + Math.abs(data[i + k]! - bg[k]!), 0);
		if (d > 96) inked++;
	}
	return { width, height, inked };
}

/** The width and height of an SVG's viewBox. */
export function viewBoxSize(svg: string): { width: number; height: number } {
	const box = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
	return { width: box[2]!, height: box[3]! };
}
