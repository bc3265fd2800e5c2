import { describe, expect, it } from 'vitest';
import { collapseCompartments, compartmentsAround } from '../../src/lib/layout/collapse.ts';
import { countConflicts } from '../../src/lib/layout/conflicts.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { Pathway } from '../../src/lib/model/atlas.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { PAGE_FIGURE } from '../../src/lib/render/options.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { toCytoscapeElements } from '../../src/lib/style/cytoscapeElements.ts';
import { outlineExit } from '../../src/lib/geometry/shapes.ts';
import { galleryAtlas, galleryPathway, parseSvg } from './helpers/figures.ts';

const atlas = galleryAtlas();
/** Nested compartments: a region holds a neuron, which holds a synapse. */
const cascade = galleryPathway('compartments');
/** Sibling compartments: an inhibitory cell and a neuron, both in the cortex. */
const siblings = galleryPathway('many-steps');

/** The compartment and every compartment inside it. */
function within(pathway: Pathway, id: string): Set<string> {
	const inside = new Set([id]);
	for (let grew = true; grew;) {
		grew = false;
		for (const c of pathway.compartments)
			if (c.parent && inside.has(c.parent) && !inside.has(c.id)) {
				inside.add(c.id);
				grew = true;
			}
	}
	return inside;
}

describe('collapsing a compartment', () => {
	const shut = within(cascade, 'neuron');
	const inside = new Set(
		cascade.nodes.filter((n) => n.compartment && shut.has(n.compartment)).map((n) => n.id)
	);
	const { pathway, hidden } = collapseCompartments(cascade, new Set(['neuron']));

	it('hides the nodes and compartments inside it, and counts the nodes', () => {
		expect(shut.size).toBeGreaterThan(1); // the neuron holds a synapse
		expect(inside.size).toBeGreaterThan(3);
		expect(pathway.nodes.some((n) => inside.has(n.id))).toBe(false);
		expect(pathway.nodes.length).toBe(cascade.nodes.length - inside.size);
		expect(pathway.compartments.map((c) => c.id).filter((c) => shut.has(c))).toEqual(['neuron']);
		expect(hidden.get('neuron')).toBe(inside.size);
		expect(pathway.compartments.find((c) => c.id === 'neuron')!.label.en).toBe(
			`Pyramidal neuron (+${inside.size})`
		);
	});

	it('ends the edges that cross its border on its box and drops the ones wholly inside', () => {
		for (const e of cascade.edges) {
			const moved = pathway.edges.find((m) => m.id === e.id);
			const [sIn, tIn] = [inside.has(e.source), inside.has(e.target)];
			if (sIn && tIn) expect(moved, e.id).toBeUndefined();
			else {
				expect(moved, e.id).toBeDefined();
				expect(moved!.source).toBe(sIn ? 'neuron' : e.source);
				expect(moved!.target).toBe(tIn ? 'neuron' : e.target);
				expect(moved!.evidence).toBe(e.evidence);
			}
		}
		expect(pathway.edges.some((e) => e.source === 'neuron' || e.target === 'neuron')).toBe(true);
	});

	it('leaves the pathway as it is when nothing (or nothing known) is collapsed', () => {
		expect(collapseCompartments(cascade, new Set()).pathway).toBe(cascade);
		expect(collapseCompartments(cascade, new Set(['no-such-box'])).pathway).toBe(cascade);
	});

	it('keeps the outermost box when a compartment and one inside it are both collapsed', () => {
		const both = collapseCompartments(cascade, new Set(['neuron', 'synapse']));
		expect(both.pathway).toEqual(pathway);
	});
});

describe('a collapsed layout', () => {
	const laidOut = layoutPathway(cascade, atlas.entities, { collapsed: new Set(['neuron']) });
	const box = laidOut.compartments.find((c) => c.id === 'neuron')!;

	it('draws the compartment as one small box that overlaps nothing', () => {
		expect(box.collapsed).toBeGreaterThan(0);
		const whole = layoutPathway(cascade, atlas.entities);
		const open = whole.compartments.find((c) => c.id === 'neuron')!;
		expect(box.height).toBeLessThan(open.height / 3);
		expect(countConflicts(laidOut.nodes, laidOut.compartments)).toBe(0);
		expect(laidOut.height).toBeLessThan(whole.height);
	});

	it('starts and ends edges on the box outline', () => {
		const crossing = laidOut.edges.filter((e) => e.source === 'neuron' || e.target === 'neuron');
		expect(crossing.length).toBeGreaterThan(0);
		for (const e of crossing) {
			const at = e.source === 'neuron' ? e.points[0]! : e.points[e.points.length - 1]!;
			const rel = { x: at.x - box.x, y: at.y - box.y };
			const exit = outlineExit('round-rectangle', box.width, box.height, rel);
			expect(Math.hypot(exit.x - rel.x, exit.y - rel.y), e.id).toBeLessThan(0.2);
		}
	});

	it('is drawn by Cytoscape.js as a box with its count, the crossing edges ending on it', () => {
		const elements = toCytoscapeElements(laidOut);
		const ids = new Set(elements.map((el) => el.data.id));
		const compartment = elements.find((el) => el.data.id === 'neuron')!;
		expect(compartment.data.collapsed).toBe(box.collapsed);
		expect(elements.some((el) => el.data.parent === 'neuron')).toBe(false);
		for (const el of elements.filter((el) => el.group === 'edges')) {
			expect(ids.has(el.data.source!), el.data.id).toBe(true);
			expect(ids.has(el.data.target!), el.data.id).toBe(true);
		}
	});

	it('exports as SVG with the box dashed and every drawn edge kept', () => {
		const doc = parseSvg(renderSvg(laidOut, PAGE_FIGURE, figureContext(cascade, atlas)));
		const group = doc.getElementById('compartment-neuron')!;
		expect(group.getAttribute('class')).toContain('collapsed');
		const inGroup = Array.from(group.getElementsByTagName('*'));
		expect(inGroup.some((el) => el.getAttribute('stroke-dasharray'))).toBe(true);
		expect(group.textContent).toContain(`(+${box.collapsed})`);
		for (const e of laidOut.edges) expect(doc.getElementById(`edge-${e.id}`), e.id).not.toBeNull();
		expect(doc.getElementById('node-bdnf')).toBeNull();
	});
});

describe('the compartments to open for an element', () => {
	it('are the chain around a node, or around both ends of an edge', () => {
		expect(compartmentsAround(cascade, 'nmda-receptor')).toEqual(['synapse', 'neuron', 'cortex']);
		expect(compartmentsAround(cascade, 'ketamine')).toEqual([]);
		const crossing = siblings.edges.find(
			(e) => e.source === 'interneuron' && e.target === 'nmda-receptor'
		)!;
		expect(compartmentsAround(siblings, crossing.id)).toEqual(
			expect.arrayContaining(['gaba-cell', 'neuron'])
		);
	});
});
