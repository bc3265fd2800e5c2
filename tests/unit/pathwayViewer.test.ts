import { describe, expect, it } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { toCytoscapeElements } from '../../src/lib/style/cytoscapeElements.ts';
import { cytoscapeStyle } from '../../src/lib/style/cytoscapeStyle.ts';
import { edgeWidth } from '../../src/lib/style/visualGrammar.ts';
import { backgroundOnly } from '../../src/lib/view/filter.ts';
import { elementOrder } from '../../src/lib/view/order.ts';
import { pathwayViewer, type PathwayViewer } from '../../src/lib/pages/pathwayViewer.ts';

import { galleryAtlas, galleryPathway } from './helpers/figures.ts';

const atlas = galleryAtlas();
/** Lecture steps, compartments, background-only elements, a node with cross-references. */
const cascade = galleryPathway('many-steps');
const laidOut = layoutPathway(cascade, atlas.entities);
const records = { sources: atlas.sources, references: atlas.references };
const viewer: PathwayViewer = pathwayViewer(cascade, atlas.entities, records, laidOut, 'en');
const labels = {
	en: viewer.labels,
	zh: pathwayViewer(cascade, atlas.entities, records, laidOut, 'zh').labels
};

describe('the viewer data worked out at build time', () => {
	it('survives JSON unchanged: no functions travel as page data', () => {
		expect(JSON.parse(JSON.stringify(viewer))).toEqual(viewer);
	});

	it('shares a stylesheet that survives JSON, function values resolved into element data', () => {
		const rules = cytoscapeStyle('light');
		expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
		const edgeRule = rules.find((r) => r.selector === 'edge')!;
		const field = /^data\((\w+)\)$/.exec(String(edgeRule.style.width))?.[1];
		expect(field).toBeDefined();
		for (const edge of laidOut.edges) {
			const el = toCytoscapeElements(laidOut).find((e) => e.data.id === edge.id)!;
			expect(el.data[field!]).toBe(edgeWidth(edge.sentences));
		}
	});

	it("labels every node, compartment and edge in the page's language, Chinese where the curator wrote it", () => {
		const ketamine = cascade.nodes.find((n) => n.entity === 'ketamine')!;
		const ids = [...cascade.nodes, ...cascade.compartments, ...cascade.edges].map((x) => x.id);
		// an edge's label is its verb, shown when the reader switches verbs on
		const edge = cascade.edges.find((e) => e.relation === 'blocks')!;
		expect([labels.en[edge.id], labels.zh[edge.id]]).toEqual(['blocks', '阻断']);
		expect(Object.keys(labels.en).sort()).toEqual(ids.sort());
		expect(labels.zh[ketamine.id]).toBe(atlas.entities.get('ketamine')!.label.zh);
		// compartments are labelled in the reader's language too
		const compartment = cascade.compartments[0]!;
		expect(labels.zh[compartment.id]).toBe(compartment.label.zh);
		expect(labels.en[compartment.id]).toBe(compartment.label.en);
		expect(labels.en[ketamine.id]).toBe('Ketamine');
	});

	it('draws a legend swatch for each kind and relation the pathway uses, and no other', () => {
		const kinds = new Set(laidOut.nodes.map((n) => n.kind));
		const relations = new Set(laidOut.edges.map((e) => e.relation));
		expect(new Set(viewer.legend.kinds.map((k) => k.kind))).toEqual(kinds);
		expect(new Set(viewer.legend.relations.map((r) => r.relation))).toEqual(relations);
		for (const k of viewer.legend.kinds) {
			expect(k.d).toMatch(/^M [\d.]+ [\d.]+/);
			expect(k.label.zh).toMatch(/\p{Script=Han}/u);
		}
		expect(viewer.kindNames.drug).toEqual({ en: 'drug', zh: '药物' });
		expect(viewer.legend.widths[0]!.label).toEqual({ en: '1 sentence', zh: '1 个句子' });
	});

	it('carries the reading order and what the background filter hides', () => {
		expect(viewer.order).toEqual(elementOrder(cascade));
		expect(new Set(viewer.backgroundOnly)).toEqual(backgroundOnly(cascade));
		expect(viewer.backgroundOnly.length).toBeGreaterThan(0);
	});

	it('links cross-references and citations', () => {
		const withXrefs = cascade.nodes.find(
			(n) => Object.keys(atlas.entities.get(n.entity)?.xrefs ?? {}).length
		)!;
		const links = viewer.xrefs[withXrefs.entity]!;
		expect(links.length).toBe(Object.keys(atlas.entities.get(withXrefs.entity)!.xrefs!).length);
		expect(links.every((l) => !l.href || l.href.startsWith('https://identifiers.org/'))).toBe(true);
		const niciu = viewer.citations.sources['niciu-2014']!;
		expect(niciu.short.en).toMatch(/Niciu .*\(2014\)/);
		expect(niciu.unconfirmed).toBe(true);
		expect(niciu.pubmed).toMatch(/^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/\d+\/$/);
	});
});
