import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
	cyjsDocument,
	cyjsText,
	TARGET_CYTOSCAPEJS,
	type CyjsElement
} from '../../src/lib/export/cyjs.ts';
import { edgeWidth } from '../../src/lib/style/visualGrammar.ts';
import { THEMES } from '../../src/lib/style/themes.ts';
import { galleryAtlas, subjects } from './helpers/figures.ts';

type Column = 'String' | 'Double' | 'Boolean' | 'List';
interface DesktopTable {
	columns: Map<string, Column>;
	rows: Map<string, Record<string, unknown>>;
}

/**
 * What Cytoscape desktop's reader (cytoscape-impl json-impl, CytoscapejsMapper) makes of a .cyjs
 * file: every data field but SUID and selected becomes a column, its type guessed from the first
 * value seen (array List, boolean Boolean, number Double, anything else String); the node's name
 * starts as its id; positions are read from `position`; edges join nodes by `source` and
 * `target`. Nothing else (`parent`, `style`) is read.
 */
function readAsCytoscapeDesktop(doc: { elements: { nodes: CyjsElement[]; edges: CyjsElement[] } }) {
	const guess = (v: unknown): Column =>
		Array.isArray(v)
			? 'List'
			: typeof v === 'boolean'
				? 'Boolean'
				: typeof v === 'number'
					? 'Double'
					: 'String';
	const table = (elements: CyjsElement[], start: (d: CyjsElement['data']) => object) => {
		const t: DesktopTable = { columns: new Map(), rows: new Map() };
		for (const { data } of elements) {
			const row: Record<string, unknown> = { ...start(data) };
			for (const [field, value] of Object.entries(data)) {
				if (field === 'SUID' || field === 'selected') continue;
				const type = t.columns.get(field) ?? guess(value);
				t.columns.set(field, type);
				// a value of another type than its column's is coerced and loses what it was
				expect(guess(value), `${data.id}.${field}`).toBe(type);
				row[field] = value;
			}
			t.rows.set(data.id, row);
		}
		return t;
	};
	const nodes = table(doc.elements.nodes, (d) => ({ name: d.id }));
	const edges = table(doc.elements.edges, () => ({}));
	for (const { data } of doc.elements.edges) {
		expect(nodes.rows.has(String(data.source)), `${data.id} source`).toBe(true);
		expect(nodes.rows.has(String(data.target)), `${data.id} target`).toBe(true);
	}
	const positions = new Map(doc.elements.nodes.map((n) => [n.data.id, n.position]));
	return { nodes, edges, positions };
}

describe('.cyjs in Cytoscape desktop', () => {
	it('gives every edge its interaction and name, every node its name and compartment', () => {
		for (const { laidOut } of subjects(galleryAtlas())) {
			const desktop = readAsCytoscapeDesktop(cyjsDocument(laidOut, 'light'));
			expect(desktop.edges.columns.get('interaction')).toBe('String');
			expect(desktop.edges.columns.get('name')).toBe('String');
			const label = new Map(
				[...laidOut.nodes, ...laidOut.compartments].map((n): [string, string] => [n.id, n.label])
			);
			for (const e of laidOut.edges) {
				const row = desktop.edges.rows.get(e.id)!;
				expect(row.interaction).toBe(e.relation);
				expect(row.name).toBe(`${label.get(e.source)} (${e.relation}) ${label.get(e.target)}`);
			}
			for (const n of laidOut.nodes) {
				const row = desktop.nodes.rows.get(n.id)!;
				expect(row.name).toBe(n.label);
				expect(row.kind).toBe(n.kind);
				expect(row.compartment).toBe(n.compartment);
				expect(desktop.positions.get(n.id)).toEqual({ x: n.x, y: n.y });
			}
			for (const c of laidOut.compartments) {
				expect(desktop.nodes.rows.get(c.id)!.name).toBe(c.label);
				expect(desktop.positions.get(c.id)).toEqual({ x: c.x, y: c.y });
			}
			if (laidOut.compartments.length)
				expect(desktop.nodes.columns.get('compartment'), laidOut.id).toBe('String');
		}
	});
});

describe('.cyjs export', () => {
	it('is the document Cytoscape desktop opens: format, generator, elements by group', () => {
		const { laidOut } = subjects(galleryAtlas())[0]!;
		const doc = JSON.parse(cyjsText(laidOut, 'light'));
		expect(doc.format_version).toBe('1.0');
		expect(doc.generated_by).toBe('Mechanism Atlas');
		expect(doc.target_cytoscapejs_version).toBe(TARGET_CYTOSCAPEJS);
		expect(doc.data.name).toBe(laidOut.title);
		expect(Object.keys(doc.elements)).toEqual(['nodes', 'edges']);
		for (const n of doc.elements.nodes) {
			expect(typeof n.data.id).toBe('string');
			expect(typeof n.data.name).toBe('string');
			expect(n.position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
		}
		expect(JSON.stringify(doc)).not.toContain('"fn"');
	});

	it('re-imports into Cytoscape.js with the same elements, positions and style', () => {
		for (const { laidOut } of subjects(galleryAtlas()))
			for (const theme of THEMES) {
				const doc = JSON.parse(cyjsText(laidOut, theme));
				const cy = cytoscape({
					headless: true,
					styleEnabled: true,
					elements: doc.elements,
					style: doc.style,
					// Cytoscape.js lays out afresh unless told the positions are given
					layout: { name: 'preset' }
				});
				try {
					for (const n of [...laidOut.nodes, ...laidOut.compartments]) {
						const el = cy.getElementById(n.id);
						expect(el.nonempty(), n.id).toBe(true);
						if (laidOut.nodes.includes(n as (typeof laidOut.nodes)[number]))
							expect(el.position()).toEqual({ x: n.x, y: n.y });
					}
					expect(cy.nodes().length).toBe(laidOut.nodes.length + laidOut.compartments.length);
					expect(cy.edges().map((e) => [e.id(), e.source().id(), e.target().id()])).toEqual(
						laidOut.edges.map((e) => [e.id, e.source, e.target])
					);
					for (const e of laidOut.edges)
						expect(cy.getElementById(e.id).numericStyle('width')).toBeCloseTo(
							edgeWidth(e.sentences),
							5
						);
					for (const c of laidOut.compartments) {
						const box = cy.getElementById(c.id);
						const members = [
							...laidOut.nodes.filter((n) => n.compartment === c.id),
							...laidOut.compartments.filter((k) => k.parent === c.id)
						];
						expect(
							box
								.children()
								.map((m) => m.id())
								.sort()
						).toEqual(members.map((m) => m.id).sort());
						expect(box.style('shape')).toBe('round-rectangle');
						expect(box.numericStyle('min-width')).toBeGreaterThan(0);
					}
				} finally {
					cy.destroy();
				}
			}
	});

	it('is the same document every time', () => {
		const { laidOut } = subjects(galleryAtlas())[0]!;
		expect(cyjsText(laidOut, 'dark')).toBe(cyjsText(laidOut, 'dark'));
		expect(cyjsDocument(laidOut, 'dark')).toEqual(cyjsDocument(laidOut, 'dark'));
	});
});
