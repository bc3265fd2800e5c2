/**
 * A laid-out pathway as SBGN-ML 0.3, one Activity Flow map: each node a biological activity with a
 * unit of information naming its kind (or a phenotype, which no arc starts at), each compartment a compartment glyph,
 * each edge an influence arc; the layout's boxes as `<bbox>`, and every piece of evidence as the
 * glyph's or arc's notes (support, quote, sentence, citation) and annotation (PubMed, DOI).
 */
import type { LaidOutEdge, LaidOutNode, LaidOutPathway } from '../layout/types.ts';
import type { Contested, Evidence, Pathway, PathwayEdge } from '../model/atlas.ts';
import { ECO_TERMS } from '../schema/eco.ts';
import { studyText } from '../i18n/vocabulary/studies.ts';
import { escapeText } from '../render/svg/escape.ts';
import { el, num } from '../render/svg/markup.ts';
import { KIND_NAMES } from '../i18n/vocabulary/kinds.ts';
import { shortCitation } from '../view/citation.ts';
import type { Placed } from '../geometry/types.ts';
import type { EvidenceRecords } from './csv.ts';
import {
	AF_LANGUAGE,
	AF_VERSION,
	ARC_CLASS_OF,
	entityOf,
	glyphClassOf,
	SBGN_NAMESPACE
} from './sbgnClasses.ts';

const XHTML = 'http://www.w3.org/1999/xhtml';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const BQMODEL = 'http://biomodels.net/model-qualifiers/';

/** SBGN-ML ids are xsd:ID (a letter first); the prefix also keeps glyph and arc ids apart. */
export const sbgnId = {
	node: (id: string) => `n_${id}`,
	unit: (id: string) => `u_${id}`,
	compartment: (id: string) => `c_${id}`,
	arc: (id: string) => `a_${id}`,
	map: (id: string) => `map_${id}`
};

/** Layout boxes are centred; an SBGN bbox gives its top-left corner. */
const bbox = (b: Placed): string =>
	el('bbox', {
		x: num(b.x - b.width / 2),
		y: num(b.y - b.height / 2),
		w: num(b.width),
		h: num(b.height)
	});

const label = (text: string): string => el('label', { text });

/** "Contested: … (citation)", the counter-evidence of an element or an item. */
function contestedLine(c: Contested | undefined, records: EvidenceRecords): string[] {
	if (!c) return [];
	const r = records.references.get(c.reference);
	return [`Contested: ${c.note.en} (${r ? shortCitation(r) : c.reference})`];
}

/** "Study: … (ECO:…)", the kind of study an item rests on. */
function studyLine(e: Evidence): string {
	if (!e.study) return '';
	const eco = ECO_TERMS.get(e.study);
	return ` Study: ${studyText(e.study, e.species, 'en')}${eco ? ` (${eco.id} ${eco.label})` : ''}.`;
}

function evidenceLine(e: Evidence, records: EvidenceRecords): string {
	const against = contestedLine(e.contested, records).map((l) => ` ${l}`);
	return claimLine(e, records) + studyLine(e) + against.join('');
}

function claimLine(e: Evidence, records: EvidenceRecords): string {
	if (e.support === 'background') {
		const r = records.references.get(e.reference);
		return `background: ${e.note.en} (${r ? shortCitation(r) : e.reference})`;
	}
	const s = records.sources.get(e.source);
	const ids = [s?.pmid ? `PMID ${s.pmid}` : '', s?.doi ? `doi:${s.doi}` : ''].filter(Boolean);
	const where = `sentence ${e.sentences.join(', ')} of ${s ? shortCitation(s) : e.source}`;
	const note = e.note ? ` Note: ${e.note.en}` : '';
	return `${e.support}: \u201c${e.quote}\u201d (${[where, ...ids].join('; ')})${note}`;
}

function notes(lines: string[]): string {
	const paragraphs = lines.map((l) => `<p>${escapeText(l)}</p>`).join('');
	return `<notes><body xmlns="${XHTML}">${paragraphs}</body></notes>`;
}

/** identifiers.org URIs of the publications behind the evidence, as a MIRIAM annotation. */
function publications(evidence: Evidence[], records: EvidenceRecords): string[] {
	const uris = evidence.flatMap((e) => {
		const r =
			e.support === 'background'
				? records.references.get(e.reference)
				: records.sources.get(e.source);
		return [
			...(r?.pmid ? [`http://identifiers.org/pubmed/${r.pmid}`] : []),
			...(r?.doi ? [`http://identifiers.org/doi/${r.doi}`] : [])
		];
	});
	return [...new Set(uris)];
}

function annotation(about: string, uris: string[]): string {
	if (!uris.length) return '';
	const items = uris.map((u) => el('rdf:li', { 'rdf:resource': u })).join('');
	return (
		`<extension><annotation><rdf:RDF xmlns:rdf="${RDF}" xmlns:bqmodel="${BQMODEL}">` +
		`<rdf:Description rdf:about="#${about}"><bqmodel:isDescribedBy><rdf:Bag>${items}` +
		`</rdf:Bag></bqmodel:isDescribedBy></rdf:Description></rdf:RDF></annotation></extension>`
	);
}

/** A unit of information on the top edge of its node, as wide as its text needs. */
function unitOfInformation(n: LaidOutNode): string {
	const text = KIND_NAMES[n.kind].en;
	const width = Math.min(n.width, text.length * 6 + 10);
	const box = { x: n.x, y: n.y - n.height / 2, width, height: 14 };
	return el(
		'glyph',
		{ class: 'unit of information', id: sbgnId.unit(n.id) },
		label(text),
		el('entity', { name: entityOf(n.kind) }),
		bbox(box)
	);
}

function nodeGlyph(
	n: LaidOutNode,
	evidence: Evidence[],
	records: EvidenceRecords,
	influences: boolean,
	contested?: Contested
): string {
	const id = sbgnId.node(n.id);
	const glyphClass = glyphClassOf(n.kind, influences);
	const lines = [
		`kind: ${KIND_NAMES[n.kind].en}`,
		...evidence.map((e) => evidenceLine(e, records)),
		...contestedLine(contested, records)
	];
	return el(
		'glyph',
		{
			class: glyphClass,
			id,
			...(n.compartment ? { compartmentRef: sbgnId.compartment(n.compartment) } : {})
		},
		notes(lines),
		annotation(id, publications(evidence, records)),
		label(n.label),
		bbox(n),
		glyphClass === 'biological activity' ? unitOfInformation(n) : ''
	);
}

/** An edge's end: a node, or the box of a collapsed compartment that hides it. */
type EndId = (id: string) => string;

function arc(
	e: LaidOutEdge,
	end: EndId,
	evidence: Evidence[],
	records: EvidenceRecords,
	edge?: PathwayEdge
): string {
	const id = sbgnId.arc(e.id);
	const lines = [
		`relation: ${e.relation}`,
		...evidence.map((x) => evidenceLine(x, records)),
		...(edge?.note ? [`Note: ${edge.note.en}`] : []),
		...contestedLine(edge?.contested, records)
	];
	const [start, ...rest] = e.points;
	const last = rest.pop() ?? start!;
	const point = (tag: string, p: { x: number; y: number }) => el(tag, { x: num(p.x), y: num(p.y) });
	return el(
		'arc',
		{
			class: ARC_CLASS_OF[e.relation],
			id,
			source: end(e.source),
			target: end(e.target)
		},
		notes(lines),
		annotation(id, publications(evidence, records)),
		point('start', start!),
		...rest.map((p) => point('next', p)),
		point('end', last)
	);
}

/** How deep a compartment sits, so nested ones are drawn over their parents. */
function depth(laidOut: LaidOutPathway, id: string): number {
	const parent = laidOut.compartments.find((c) => c.id === id)?.parent;
	return parent ? 1 + depth(laidOut, parent) : 0;
}

export function sbgnText(
	laidOut: LaidOutPathway,
	pathway: Pathway,
	records: EvidenceRecords
): string {
	const byId = new Map(pathway.nodes.map((n) => [n.id, n]));
	const edges = new Map(pathway.edges.map((e) => [e.id, e]));
	const compartments = laidOut.compartments.map((c) =>
		el(
			'glyph',
			{
				class: 'compartment',
				id: sbgnId.compartment(c.id),
				compartmentOrder: depth(laidOut, c.id)
			},
			label(c.label),
			bbox(c)
		)
	);
	const sources = new Set(laidOut.edges.map((e) => e.source));
	const nodes = laidOut.nodes.map((n) =>
		nodeGlyph(
			n,
			byId.get(n.id)?.evidence ?? [],
			records,
			sources.has(n.id),
			byId.get(n.id)?.contested
		)
	);
	const shown = new Set(laidOut.nodes.map((n) => n.id));
	const end: EndId = (id) => (shown.has(id) ? sbgnId.node(id) : sbgnId.compartment(id));
	const arcs = laidOut.edges.map((e) =>
		arc(e, end, edges.get(e.id)?.evidence ?? [], records, edges.get(e.id))
	);
	const map = [
		`<map id="${sbgnId.map(laidOut.id)}" language="${AF_LANGUAGE}" version="${AF_VERSION}">`,
		notes([pathway.title.en, pathway.summary.en]),
		el('bbox', { x: 0, y: 0, w: num(laidOut.width), h: num(laidOut.height) }),
		...compartments,
		...nodes,
		...arcs,
		'</map>'
	];
	return [
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
		`<sbgn xmlns="${SBGN_NAMESPACE}">`,
		...map,
		'</sbgn>',
		''
	].join('\n');
}
