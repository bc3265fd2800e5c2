import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { sbgnId, sbgnText } from '../../src/lib/export/sbgn.ts';
import {
	AF_ARC_CLASSES,
	AF_GLYPH_CLASSES,
	ARC_CLASS_OF,
	SBGN_NAMESPACE
} from '../../src/lib/export/sbgnClasses.ts';
import type { ExportSubject } from '../../src/lib/export/exportText.ts';
import { galleryAtlas, realAtlas, subjects, xssAtlas } from './helpers/figures.ts';

/** Parses XML; any error or warning throws. */
function parseXml(text: string): Document {
	const parser = new DOMParser({
		onError: (level, message) => {
			throw new Error(`XML ${level}: ${message}`);
		}
	});
	return parser.parseFromString(text, 'application/xml') as unknown as Document;
}

const childElements = (el: Element): Element[] =>
	Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const children = (el: Element, name: string) =>
	childElements(el).filter((c) => c.localName === name);
const descendants = (root: Document | Element, name: string): Element[] =>
	Array.from(root.getElementsByTagNameNS(SBGN_NAMESPACE, name));

/** libSBGN's SBGN.xsd: the order of a glyph's and an arc's children (SBGNBase first). */
const GLYPH_ORDER = [
	'notes',
	'extension',
	'label',
	'clone',
	'callout',
	'entity',
	'bbox',
	'glyph',
	'port'
];
const ARC_ORDER = ['notes', 'extension', 'glyph', 'port', 'start', 'next', 'end'];

function expectInSchemaOrder(el: Element, order: string[]) {
	const ranks = childElements(el).map((c) => order.indexOf(c.localName));
	expect(
		ranks,
		`${el.getAttribute('id')}: ${childElements(el).map((c) => c.localName)}`
	).not.toContain(-1);
	expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
}

/** xsd:ID: an NCName, a letter or underscore first. */
const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

function readMap(subject: ExportSubject) {
	const doc = parseXml(sbgnText(subject.laidOut, subject.pathway, subject.records));
	const maps = descendants(doc, 'map');
	expect(maps).toHaveLength(1);
	const glyphs = descendants(doc, 'glyph');
	const arcs = descendants(doc, 'arc');
	const byId = new Map(glyphs.map((g) => [g.getAttribute('id')!, g]));
	return { doc, map: maps[0]!, glyphs, arcs, byId };
}

describe('SBGN-ML export, against libSBGN’s schema rules', () => {
	const all = [...subjects(galleryAtlas()), ...subjects(xssAtlas())];

	it('is one Activity Flow map in the SBGN-ML 0.3 namespace', () => {
		for (const s of all) {
			const { doc, map } = readMap(s);
			expect(doc.documentElement.localName).toBe('sbgn');
			expect(doc.documentElement.namespaceURI).toBe(SBGN_NAMESPACE);
			expect(map.getAttribute('language')).toBe('activity flow');
			expect(map.getAttribute('version')).toMatch(/sbgn\.af\.level-1/);
			expect(map.getAttribute('id')).toMatch(NCNAME);
		}
	});

	it('uses only the glyph and arc classes Activity Flow allows', () => {
		for (const s of all) {
			const { glyphs, arcs } = readMap(s);
			for (const g of glyphs)
				expect(AF_GLYPH_CLASSES as readonly string[]).toContain(g.getAttribute('class'));
			for (const a of arcs)
				expect(AF_ARC_CLASSES as readonly string[]).toContain(a.getAttribute('class'));
		}
	});

	it('gives every glyph one bbox and unique xsd:ID ids, children in the schema’s order', () => {
		for (const s of all) {
			const { glyphs, arcs } = readMap(s);
			const ids = [...glyphs, ...arcs].map((e) => e.getAttribute('id')!);
			expect(new Set(ids).size).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(NCNAME);
			for (const g of glyphs) {
				const boxes = children(g, 'bbox');
				expect(boxes, g.getAttribute('id')!).toHaveLength(1);
				for (const k of ['x', 'y', 'w', 'h'])
					expect(Number.isFinite(Number(boxes[0]!.getAttribute(k))), k).toBe(true);
				expect(Number(boxes[0]!.getAttribute('w'))).toBeGreaterThan(0);
				expect(Number(boxes[0]!.getAttribute('h'))).toBeGreaterThan(0);
				expectInSchemaOrder(g, GLYPH_ORDER);
			}
			for (const a of arcs) expectInSchemaOrder(a, ARC_ORDER);
		}
	});

	it('points every arc and compartmentRef at a glyph that exists', () => {
		for (const s of all) {
			const { glyphs, arcs, byId } = readMap(s);
			const ports = new Set(descendants(readMap(s).doc, 'port').map((p) => p.getAttribute('id')));
			for (const a of arcs)
				for (const end of ['source', 'target']) {
					const ref = a.getAttribute(end)!;
					expect(byId.has(ref) || ports.has(ref), `${a.getAttribute('id')} ${end}`).toBe(true);
					expect(children(a, end === 'source' ? 'start' : 'end')).toHaveLength(1);
				}
			for (const g of glyphs.filter((x) => x.hasAttribute('compartmentRef')))
				expect(byId.get(g.getAttribute('compartmentRef')!)?.getAttribute('class')).toBe(
					'compartment'
				);
		}
	});

	it('gives each biological activity one unit of information naming the entity kind', () => {
		for (const s of all) {
			const { glyphs } = readMap(s);
			for (const g of glyphs.filter((x) => x.getAttribute('class') === 'biological activity')) {
				const units = children(g, 'glyph');
				expect(units).toHaveLength(1);
				expect(units[0]!.getAttribute('class')).toBe('unit of information');
				expect(children(units[0]!, 'entity')[0]!.getAttribute('name')).toMatch(
					/^(unspecified entity|simple chemical|macromolecule)$/
				);
				expect(children(units[0]!, 'label')[0]!.getAttribute('text')).not.toBe('');
			}
		}
	});

	it('starts no arc at a phenotype: a process that influences something is a biological activity', () => {
		let influencing = 0;
		for (const s of [...all, ...subjects(realAtlas())]) {
			const { byId, arcs } = readMap(s);
			for (const a of arcs) {
				const source = byId.get(a.getAttribute('source')!)!;
				expect(source.getAttribute('class'), a.getAttribute('id')!).not.toBe('phenotype');
			}
			const sources = new Set(s.laidOut.edges.map((e) => e.source));
			for (const n of s.laidOut.nodes.filter((x) => x.kind === 'process' && sources.has(x.id))) {
				influencing++;
				const unit = children(byId.get(sbgnId.node(n.id))!, 'glyph')[0]!;
				expect(children(unit, 'label')[0]!.getAttribute('text')).toBe('process');
			}
		}
		// the curated atlas has processes that influence others, and outcomes that stay phenotypes
		expect(influencing).toBeGreaterThan(0);
		const curated = subjects(realAtlas()).flatMap((s) => readMap(s).glyphs);
		expect(curated.some((g) => g.getAttribute('class') === 'phenotype')).toBe(true);
	});

	it('holds every node, compartment and edge: labels, layout boxes, arc classes', () => {
		for (const s of all) {
			const { byId, arcs } = readMap(s);
			const box = (id: string) => {
				const b = children(byId.get(id)!, 'bbox')[0]!;
				const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((k) => Number(b.getAttribute(k)));
				return { x: x! + w! / 2, y: y! + h! / 2, width: w!, height: h! };
			};
			for (const n of s.laidOut.nodes) {
				const g = byId.get(sbgnId.node(n.id));
				expect(g, n.id).toBeDefined();
				expect(children(g!, 'label')[0]!.getAttribute('text')).toBe(n.label);
				const b = box(sbgnId.node(n.id));
				for (const k of ['x', 'y', 'width', 'height'] as const) expect(b[k]).toBeCloseTo(n[k], 0);
				if (n.compartment)
					expect(g!.getAttribute('compartmentRef')).toBe(sbgnId.compartment(n.compartment));
			}
			for (const c of s.laidOut.compartments) {
				const g = byId.get(sbgnId.compartment(c.id))!;
				expect(g.getAttribute('class')).toBe('compartment');
				expect(children(g, 'label')[0]!.getAttribute('text')).toBe(c.label);
			}
			const arcById = new Map(arcs.map((a) => [a.getAttribute('id'), a]));
			expect(arcs).toHaveLength(s.laidOut.edges.length);
			for (const e of s.laidOut.edges) {
				const a = arcById.get(sbgnId.arc(e.id))!;
				expect(a.getAttribute('class')).toBe(ARC_CLASS_OF[e.relation]);
				expect(a.getAttribute('source')).toBe(sbgnId.node(e.source));
				expect(a.getAttribute('target')).toBe(sbgnId.node(e.target));
			}
		}
	});

	it('carries the evidence: quote, PMID and the relation as notes, publications as annotation', () => {
		const atlas = galleryAtlas();
		for (const s of subjects(atlas)) {
			const { byId, arcs } = readMap(s);
			const arcById = new Map(arcs.map((a) => [a.getAttribute('id'), a]));
			const elements = [
				...s.pathway.nodes.map((n) => ({ el: byId.get(sbgnId.node(n.id))!, evidence: n.evidence })),
				...s.pathway.edges.map((e) => ({
					el: arcById.get(sbgnId.arc(e.id))!,
					evidence: e.evidence
				}))
			];
			for (const { el, evidence } of elements) {
				const notes = children(el, 'notes')[0]!;
				const body = childElements(notes)[0]!;
				expect(body.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
				const text = (notes.textContent ?? '').replace(/\s+/g, ' ');
				const resources = Array.from(el.getElementsByTagName('rdf:li')).map((li) =>
					li.getAttribute('rdf:resource')
				);
				for (const e of evidence) {
					if (e.support === 'background') {
						expect(text).toContain(e.note.en.replace(/\s+/g, ' '));
						continue;
					}
					expect(text).toContain(e.quote.replace(/\s+/g, ' '));
					const pmid = atlas.sources.get(e.source)!.pmid;
					if (pmid) {
						expect(text).toContain(`PMID ${pmid}`);
						expect(resources).toContain(`http://identifiers.org/pubmed/${pmid}`);
					}
				}
			}
			for (const e of s.pathway.edges)
				expect(children(arcById.get(sbgnId.arc(e.id))!, 'notes')[0]!.textContent).toContain(
					`relation: ${e.relation}`
				);
		}
	});

	it('keeps hostile curated text as text', () => {
		const [s] = subjects(xssAtlas());
		const { glyphs } = readMap(s!);
		const labels = glyphs.flatMap((g) => children(g, 'label').map((l) => l.getAttribute('text')));
		expect(labels.some((l) => l?.includes('<'))).toBe(true);
		expect(sbgnText(s!.laidOut, s!.pathway, s!.records)).not.toMatch(/<script|<img/i);
	});
});
