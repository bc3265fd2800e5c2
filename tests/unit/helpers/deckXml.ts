/**
 * A PowerPoint deck read back from the package's XML as PowerPoint and LibreOffice read it: the
 * slide's text, its picture (where it sits and the SVG it shows), the diagram's font sizes.
 */
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8 } from 'fflate';
import { expect } from 'vitest';
import { allElements } from './figures.ts';

export const EMU_PER_INCH = 914400;
export const SLIDE = { width: 13.333, height: 7.5 };

export type Files = Record<string, Uint8Array>;
export const xml = (files: Files, name: string): Document =>
	new DOMParser().parseFromString(
		strFromU8(files[name]!),
		'application/xml'
	) as unknown as Document;
export const byTag = (root: Document | Element, tag: string) =>
	Array.from(root.getElementsByTagName(tag));
export const slideText = (files: Files, n: number) =>
	byTag(xml(files, `ppt/slides/slide${n}.xml`), 'a:t')
		.map((t) => t.textContent)
		.join(' ');

export interface Picture {
	/** Inches. */
	x: number;
	y: number;
	w: number;
	h: number;
	svg: Document;
}

/** The step figure on slide n: where it is, and the SVG it shows. */
export function picture(files: Files, n: number): Picture {
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

export const viewBox = (svg: Document) =>
	svg.documentElement.getAttribute('viewBox')!.split(' ').map(Number) as [
		number,
		number,
		number,
		number
	];

/** Font sizes of the diagram's text: node and compartment labels (inherited or their own). */
export function diagramFontSizes(svg: Document): number[] {
	const sizes: number[] = [];
	const walk = (el: Element, inherited: number) => {
		// a mark on an arrow ("?", "H") is a symbol the legend explains, not a label to read
		if ((el.getAttribute('class') ?? '').startsWith('edge-mark')) return;
		const own = el.getAttribute('font-size');
		const size = own ? Number(own) : inherited;
		if (el.localName === 'text') sizes.push(size);
		for (const c of Array.from(el.childNodes)) if (c.nodeType === 1) walk(c as Element, size);
	};
	const diagram = allElements(svg).find((el) => el.getAttribute('class') === 'figure-diagram')!;
	walk(diagram, 16);
	return sizes;
}

/** The diagram's part of the figure, top and bottom: its clip when it has one (bands around it). */
export function diagramRows(svg: Document): { top: number; bottom: number } {
	const clip = allElements(svg).find((el) => el.localName === 'clipPath');
	const rect = clip?.getElementsByTagName('rect')[0];
	if (rect) {
		const top = Number(rect.getAttribute('y'));
		return { top, bottom: top + Number(rect.getAttribute('height')) };
	}
	const [, y, , h] = viewBox(svg);
	return { top: y, bottom: y + h };
}

/** The label size in points as the slide shows it: SVG units × inches per unit × 72. */
export const labelPoints = (pic: Picture, fontSize: number) =>
	fontSize * (pic.w / viewBox(pic.svg)[2]) * 72;

/** The diagram's clip frame in the SVG's (the layout's) units; the whole view when unclipped. */
export function frameOf(pic: Picture): { x: number; y: number; width: number; height: number } {
	const rect = allElements(pic.svg)
		.find((el) => el.localName === 'clipPath')
		?.getElementsByTagName('rect')[0];
	const [x, y, width, height] = rect
		? ['x', 'y', 'width', 'height'].map((a) => Number(rect.getAttribute(a)))
		: viewBox(pic.svg);
	return { x: x!, y: y!, width: width!, height: height! };
}

/** Inches on the slide per SVG unit. */
export const inchesPerUnit = (pic: Picture) => pic.w / viewBox(pic.svg)[2];

/** The share of the slide the visible diagram (its clip frame, as placed) takes. */
export function diagramShare(pic: Picture): number {
	const f = frameOf(pic);
	const k = inchesPerUnit(pic);
	return (f.width * k * f.height * k) / (SLIDE.width * SLIDE.height);
}

/** A laid-out node's box (centre and size) whole inside the frame. */
export const wholeIn = (
	f: { x: number; y: number; width: number; height: number },
	n: { x: number; y: number; width: number; height: number }
) =>
	n.x - n.width / 2 >= f.x - 0.5 &&
	n.y - n.height / 2 >= f.y - 0.5 &&
	n.x + n.width / 2 <= f.x + f.width + 0.5 &&
	n.y + n.height / 2 <= f.y + f.height + 0.5;

/** Whether the slide's figure draws the node or edge. */
export const drawn = (pic: Picture, id: string) =>
	Boolean(pic.svg.getElementById(`node-${id}`) ?? pic.svg.getElementById(`edge-${id}`));

export interface TextBox {
	x: number;
	y: number;
	w: number;
	h: number;
	text: string;
	/** Its first run's size. */
	pt: number;
}

/** The slide's text boxes in the order they were added: where, what they say, at what size. */
export function textBoxes(files: Files, n: number): TextBox[] {
	return byTag(xml(files, `ppt/slides/slide${n}.xml`), 'p:sp').map((sp) => {
		const off = byTag(sp, 'a:off')[0]!;
		const ext = byTag(sp, 'a:ext')[0]!;
		const inch = (el: Element, a: string) => Number(el.getAttribute(a)) / EMU_PER_INCH;
		return {
			x: inch(off, 'x'),
			y: inch(off, 'y'),
			w: inch(ext, 'cx'),
			h: inch(ext, 'cy'),
			text: byTag(sp, 'a:t')
				.map((t) => t.textContent)
				.join(''),
			pt: Number(byTag(sp, 'a:rPr')[0]?.getAttribute('sz')) / 100
		};
	});
}
