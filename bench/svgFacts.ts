/**
 * What an exported SVG keeps: its size, how many elements, whether every node label is still
 * text (searchable, selectable, editable in a slide), and whether every node, edge and compartment
 * is an element with its id and class (so it can be styled, animated or found).
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { gzipSync } from 'node:zlib';
import type { LaidOutPathway } from '../src/lib/layout/types.ts';

export interface SvgFacts {
	bytes: number;
	gzip: number;
	elements: number;
	/** Node labels, and how many of them are found whole in <text> elements. */
	labels: number;
	labelsAsText: number;
	/** Nodes, edges and compartments, and how many have an element with their id and a class. */
	diagramElements: number;
	elementsWithIdAndClass: number;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function svgFacts(svg: string, laidOut: LaidOutPathway): SvgFacts {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	const all = Array.from(doc.getElementsByTagName('*')) as unknown as XmlElement[];
	const texts = all.filter((e) => e.localName === 'text').map((e) => squash(e.textContent ?? ''));
	const corpus = texts.join('\n');
	// A label wrapped over lines may be one <text> with a <tspan> per line or a <text> per line.
	const labelKept = (lines: string[]) => lines.every((line) => corpus.includes(squash(line)));
	const byId = new Map(
		all.filter((e) => e.getAttribute('id')).map((e) => [e.getAttribute('id')!, e])
	);
	const ids = [
		...laidOut.nodes.map((n) => [n.id, `node-${n.id}`]),
		...laidOut.edges.map((e) => [e.id, `edge-${e.id}`]),
		...laidOut.compartments.map((c) => [c.id, `compartment-${c.id}`])
	];
	const carried = ids.filter((names) =>
		names.some((name) => !!byId.get(name)?.getAttribute('class'))
	).length;
	return {
		bytes: Buffer.byteLength(svg),
		gzip: gzipSync(svg).length,
		elements: all.length,
		labels: laidOut.nodes.length,
		labelsAsText: laidOut.nodes.filter((n) => labelKept(n.lines)).length,
		diagramElements: ids.length,
		elementsWithIdAndClass: carried
	};
}
