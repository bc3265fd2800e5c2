import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LABEL_FONT, TYPE } from '../../src/lib/layout/font.ts';
import { measureText } from '../../src/lib/layout/measureText.ts';
import { nodeSize } from '../../src/lib/layout/nodeSize.ts';
import type { LaidOutPathway } from '../../src/lib/layout/types.ts';
import { KINDS, RELATIONS, SUPPORTS, type Relation } from '../../src/lib/schema/vocabulary.ts';
import { ARROW_SCALE, arrowParts, arrowSize } from '../../src/lib/style/arrows.ts';
import { contrast } from '../../src/lib/style/colour.ts';
import { toCytoscapeElements } from '../../src/lib/style/cytoscapeElements.ts';
import { cytoscapeStyle } from '../../src/lib/style/cytoscapeStyle.ts';
import {
	NODE_SHAPES,
	outlineExit,
	shapeOutline,
	shapeSvgPath
} from '../../src/lib/geometry/shapes.ts';
import { kindBorder, kindColour, kindShape, OKABE_ITO } from '../../src/lib/grammar/kinds.ts';
import { PALETTES, THEMES } from '../../src/lib/style/themes.ts';
import {
	edgePaint,
	edgeWidth,
	legend,
	nodePaint,
	relationArrow,
	SENTENCE_DOMAIN,
	supportLine
} from '../../src/lib/style/visualGrammar.ts';

/** A small hand-made layout: a compartment inside another, three nodes, two edges. */
const LAID: LaidOutPathway = {
	id: 'tiny',
	title: 'Tiny',
	direction: 'TB',
	width: 400,
	height: 300,
	compartments: [
		{ id: 'cell', label: 'Neuron', kind: 'cell', x: 200, y: 180, width: 300, height: 200 },
		{
			id: 'syn',
			label: 'Synapse',
			kind: 'synapse',
			parent: 'cell',
			x: 200,
			y: 190,
			width: 200,
			height: 120
		}
	],
	nodes: [
		{
			id: 'ket',
			entity: 'ketamine',
			label: 'Ketamine',
			lines: ['Ketamine'],
			kind: 'drug',
			x: 200,
			y: 40,
			width: 110,
			height: 40
		},
		{
			id: 'nmda',
			entity: 'nmda-receptor',
			label: 'NMDA receptor',
			lines: ['NMDA', 'receptor'],
			kind: 'receptor',
			compartment: 'syn',
			x: 200,
			y: 200,
			width: 100,
			height: 50
		},
		{
			id: 'ltp',
			entity: 'ltp',
			label: 'LTP',
			lines: ['LTP'],
			kind: 'process',
			compartment: 'cell',
			x: 320,
			y: 250,
			width: 60,
			height: 30
		}
	],
	edges: [
		{
			id: 'ket-blocks-nmda',
			source: 'ket',
			target: 'nmda',
			relation: 'blocks',
			support: 'stated',
			sentences: 3,
			points: [
				{ x: 200, y: 60 },
				{ x: 200, y: 175 }
			]
		},
		{
			id: 'nmda-leads-to-ltp',
			source: 'nmda',
			target: 'ltp',
			relation: 'leads-to',
			support: 'background',
			sentences: 1,
			points: [
				{ x: 250, y: 210 },
				{ x: 290, y: 245 }
			]
		}
	]
};

/** Cytoscape reports colours as rgb(r,g,b). */
const rgb = (hex: string) => {
	const n = parseInt(hex.slice(1), 16);
	return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
};

describe('the visual grammar', () => {
	it('gives every kind its own colour-and-shape pair', () => {
		const pairs = KINDS.map((k) => `${kindColour(k)} ${kindShape(k)}`);
		expect(new Set(pairs).size).toBe(KINDS.length);
	});

	it('keeps kinds apart in print too: shape and border differ where colour is lost', () => {
		const pairs = KINDS.map(
			(k) => `${nodePaint(k, 'print').shape} ${nodePaint(k, 'print').borderStyle}`
		);
		expect(new Set(pairs).size).toBe(KINDS.length);
		for (const k of KINDS) expect(nodePaint(k, 'print').fill).toBe('#ffffff');
	});

	it('colours kinds from the Okabe–Ito palette', () => {
		const palette = new Set<string>(Object.values(OKABE_ITO));
		for (const k of KINDS) expect(palette.has(kindColour(k)), k).toBe(true);
	});

	it('makes every label readable on its fill (WCAG AA, 4.5:1) in every theme', () => {
		for (const theme of THEMES)
			for (const k of KINDS) {
				const p = nodePaint(k, theme);
				expect(contrast(p.text, p.fill), `${theme} ${k}`).toBeGreaterThanOrEqual(4.5);
			}
	});

	it('draws print borders dark enough to survive grey-scale paper', () => {
		for (const k of KINDS)
			expect(contrast(nodePaint(k, 'print').border, '#ffffff'), k).toBeGreaterThanOrEqual(4.5);
		expect(contrast(PALETTES.print.edge, '#ffffff')).toBeGreaterThanOrEqual(7);
	});

	it('gives every relation a mark of its own, after SBGN Activity Flow', () => {
		const marks = RELATIONS.map((r) => `${relationArrow(r).shape} ${relationArrow(r).fill}`);
		expect(new Set(marks).size).toBe(RELATIONS.length);
		expect(relationArrow('activates')).toEqual({ shape: 'triangle', fill: 'filled' });
		expect(relationArrow('inhibits')).toEqual({ shape: 'tee', fill: 'filled' });
		expect(relationArrow('modulates')).toEqual({ shape: 'diamond', fill: 'hollow' });
		expect(relationArrow('is-a')).toEqual({ shape: 'triangle', fill: 'hollow' });
		// the pairs a reader confused: told apart by the shape, not the fill alone
		const shape = (r: Relation) => relationArrow(r).shape;
		expect(shape('blocks')).not.toBe(shape('inhibits'));
		expect(shape('releases')).not.toBe(shape('activates'));
		const positive: Relation[] = ['activates', 'increases', 'releases', 'leads-to'];
		expect(new Set(positive.map(shape)).size).toBe(positive.length);
		expect(RELATIONS.filter((r) => shape(r) === 'none')).toEqual([]);
	});

	it('gives every support its own line: stated solid, listed dashed, background dotted', () => {
		expect(SUPPORTS.map((s) => supportLine(s).name)).toEqual(['solid', 'dashed', 'dotted']);
		expect(supportLine('stated').dash).toEqual([]);
		expect(supportLine('background').cap).toBe('round');
	});

	it('widens edges with their sentences, clamped at both ends', () => {
		const widths = [1, 2, 3, 4, 5, 6].map((n) => edgeWidth(n));
		widths.slice(1).forEach((w, i) => expect(w).toBeGreaterThan(widths[i]!));
		expect(edgeWidth(SENTENCE_DOMAIN[1] + 10)).toBe(edgeWidth(SENTENCE_DOMAIN[1]));
		expect(edgeWidth(0)).toBe(edgeWidth(1));
		expect(edgePaint({ relation: 'blocks', support: 'listed', sentences: 2 }, 'dark')).toEqual({
			colour: PALETTES.dark.edge,
			width: edgeWidth(2),
			line: supportLine('listed'),
			arrow: relationArrow('blocks')
		});
	});

	it('does not grow its scales on values outside the vocabulary', () => {
		const unknown = 'not-a-kind' as (typeof KINDS)[number];
		expect(kindShape(unknown)).toBe('rectangle');
		expect(kindColour.domain()).toHaveLength(KINDS.length);
		expect(kindBorder.domain()).toEqual([...KINDS]);
	});
});

describe('legend', () => {
	it('lists the whole vocabulary, read off the same scales', () => {
		for (const theme of THEMES) {
			const l = legend(theme);
			expect(l.kinds.map((e) => e.kind)).toEqual([...KINDS]);
			for (const e of l.kinds) expect(e.paint).toEqual(nodePaint(e.kind, theme));
			expect(l.relations.map((e) => e.relation)).toEqual([...RELATIONS]);
			for (const e of l.relations) expect(e.arrow).toEqual(relationArrow(e.relation));
			expect(l.supports.map((e) => e.support)).toEqual([...SUPPORTS]);
			for (const e of l.supports) expect(e.line).toEqual(supportLine(e.support));
			for (const e of l.widths) expect(e.width).toBe(edgeWidth(e.sentences));
			expect(l.widths.at(-1)!.label).toMatch(/or more/);
		}
	});

	it('lists only what a figure shows, in vocabulary order', () => {
		const l = legend('light', LAID);
		expect(l.kinds.map((e) => e.kind)).toEqual(['drug', 'receptor', 'process']);
		expect(l.relations.map((e) => e.relation)).toEqual(['blocks', 'leads-to']);
		expect(l.supports.map((e) => e.support)).toEqual(['stated', 'background']);
		expect(l.widths.map((e) => e.sentences)).toEqual([1, 2]);
		expect(l.kinds[0]!.label).toBe('drug');
		expect(legend('light', { ...LAID, nodes: [{ kind: 'drug-class' }] }).kinds[0]!.label).toBe(
			'drug class'
		);
	});
});

describe('shapes', () => {
	it('fits every measured label inside the shape of its node', () => {
		const labels = [
			'K',
			'Ketamine',
			'Brain-derived neurotrophic factor',
			'Rapid antidepressant effect'
		];
		for (const kind of KINDS)
			for (const label of labels) {
				const size = nodeSize(label, kind);
				const text = measureText(size.lines.join('\n'), TYPE.nodeSize);
				const corner = { x: text.width / 2, y: text.height / 2 };
				const exit = outlineExit(kindShape(kind), size.width, size.height, corner);
				expect(Math.hypot(exit.x, exit.y), `${kind}: ${label}`).toBeGreaterThan(
					Math.hypot(corner.x, corner.y)
				);
			}
	});

	it('leaves each shape on its outline, within its box', () => {
		for (const shape of NODE_SHAPES) {
			for (const angle of [0, 0.5, 1, 2, 3, 4, 5, 6]) {
				const p = outlineExit(shape, 120, 40, { x: Math.cos(angle), y: Math.sin(angle) });
				expect(Math.abs(p.x)).toBeLessThanOrEqual(60 + 1e-9);
				expect(Math.abs(p.y)).toBeLessThanOrEqual(20 + 1e-9);
				expect(Math.hypot(p.x, p.y), shape).toBeGreaterThan(0);
			}
		}
		const onEllipse = outlineExit('ellipse', 100, 40, { x: 1, y: 1 });
		expect((onEllipse.x / 50) ** 2 + (onEllipse.y / 20) ** 2).toBeCloseTo(1, 9);
		expect(outlineExit('rectangle', 100, 40, { x: 1, y: 0 })).toEqual({ x: 50, y: 0 });
	});

	it('describes every shape as a closed outline and a closed SVG path', () => {
		for (const shape of NODE_SHAPES) {
			expect(shapeOutline(shape, 100, 40).length).toBeGreaterThanOrEqual(4);
			expect(shapeSvgPath(shape, 50, 20, 100, 40)).toMatch(/^M [\d.-]+ [\d.-]+ .* Z$/);
		}
	});

	it('draws arrowheads as Cytoscape does: tip at the origin, growing with the line', () => {
		expect(arrowParts('none', 2)).toEqual([]);
		const [part] = arrowParts('triangle', 1.5);
		const triangle = part && 'polygon' in part ? part.polygon : [];
		expect(triangle).toContainEqual({ x: 0, y: 0 });
		for (const p of triangle) expect(p.x).toBeLessThanOrEqual(0);
		expect(arrowSize(1.5)).toBe(29 * ARROW_SCALE);
		expect(arrowSize(10)).toBeGreaterThan(arrowSize(4.5));
	});
});

describe('Cytoscape elements', () => {
	const elements = toCytoscapeElements(LAID);
	const byId = (id: string) => elements.find((e) => e.data.id === id)!;

	it('give every node and compartment a position, and nested ones their parent', () => {
		for (const n of [...LAID.nodes, ...LAID.compartments]) {
			expect(byId(n.id).position).toEqual({ x: n.x, y: n.y });
			expect(byId(n.id).group).toBe('nodes');
		}
		expect(byId('nmda').data.parent).toBe('syn');
		expect(byId('ltp').data.parent).toBe('cell');
		expect(byId('syn').data.parent).toBe('cell');
		expect(byId('ket').data.parent).toBeUndefined();
		expect(byId('cell').data.parent).toBeUndefined();
	});

	it('carry the data and sizes the stylesheet maps, and no paint', () => {
		expect(byId('nmda').data).toMatchObject({
			kind: 'receptor',
			label: 'NMDA\nreceptor',
			width: 100
		});
		expect(byId('syn').data).toMatchObject({ compartmentKind: 'synapse', width: 200, height: 120 });
		// Cytoscape.js adds a compound node's padding to its min size
		expect(byId('syn').data.minWidth).toBeLessThan(200);
		expect(byId('ket-blocks-nmda').data).toEqual({
			id: 'ket-blocks-nmda',
			source: 'ket',
			target: 'nmda',
			relation: 'blocks',
			support: 'stated',
			sentences: 3,
			width: edgeWidth(3)
		});
		const data = JSON.stringify(elements.map((e) => e.data));
		expect(data).not.toMatch(/#[0-9a-f]{6}|color|shape|arrow/i);
	});

	it('are what Cytoscape keeps under a preset layout', () => {
		const cy = cytoscape({ headless: true, elements, layout: { name: 'preset' } });
		try {
			expect(cy.nodes().length).toBe(LAID.nodes.length + LAID.compartments.length);
			expect(cy.edges().length).toBe(LAID.edges.length);
			expect(cy.getElementById('nmda').parent().first().id()).toBe('syn');
			expect(cy.getElementById('ket').position()).toEqual({ x: 200, y: 40 });
		} finally {
			cy.destroy();
		}
	});
});

describe('Cytoscape stylesheet', () => {
	afterEach(() => vi.restoreAllMocks());

	function styled(theme: (typeof THEMES)[number]) {
		const warn = vi.spyOn(console, 'warn');
		const error = vi.spyOn(console, 'error');
		const cy = cytoscape({
			headless: true,
			styleEnabled: true,
			elements: toCytoscapeElements(LAID),
			style: cytoscapeStyle(theme),
			layout: { name: 'preset' }
		});
		return { cy, warn, error };
	}

	for (const theme of THEMES) {
		it(`applies the grammar to nodes and edges (${theme}), and Cytoscape accepts every rule`, () => {
			const { cy, warn, error } = styled(theme);
			try {
				expect(warn).not.toHaveBeenCalled();
				expect(error).not.toHaveBeenCalled();
				for (const n of LAID.nodes) {
					const el = cy.getElementById(n.id);
					const paint = nodePaint(n.kind, theme);
					expect(el.style('shape')).toBe(paint.shape);
					expect(el.style('background-color')).toBe(rgb(paint.fill));
					expect(el.style('color')).toBe(rgb(paint.text));
					expect(el.style('border-style')).toBe(paint.borderStyle);
					expect(el.width()).toBe(n.width);
					expect(el.height()).toBe(n.height);
					expect(el.style('font-family')).toContain(LABEL_FONT.family);
					expect(el.style('text-wrap')).toBe('wrap');
				}
				for (const e of LAID.edges) {
					const el = cy.getElementById(e.id);
					const paint = edgePaint(e, theme);
					expect(el.style('target-arrow-shape')).toBe(paint.arrow.shape);
					expect(el.numericStyle('width')).toBeCloseTo(paint.width, 9);
					expect(el.style('line-style')).toBe(paint.line.dash.length ? 'dashed' : 'solid');
					expect(el.style('curve-style')).toBe('straight');
					expect(el.numericStyle('overlay-padding')).toBeGreaterThanOrEqual(8);
				}
				const compartment = cy.getElementById('cell');
				expect(compartment.style('shape')).toBe('round-rectangle');
				expect(compartment.style('text-valign')).toBe('top-inside');
			} finally {
				cy.destroy();
			}
		});
	}

	it('styles the viewer states: faded, highlighted, selected, focused, hidden background', () => {
		const { cy } = styled('light');
		try {
			const edge = cy.getElementById('nmda-leads-to-ltp');
			edge.addClass('hidden-background');
			expect(edge.style('display')).toBe('none');
			const node = cy.getElementById('ket');
			node.addClass('faded');
			expect(node.numericStyle('opacity')).toBe(PALETTES.light.faded);
			node.removeClass('faded').addClass('highlighted');
			expect(node.style('border-color')).toBe(rgb(PALETTES.light.accent));
			node.removeClass('highlighted').select();
			expect(node.numericStyle('underlay-opacity')).toBeGreaterThan(0);
			node.unselect().addClass('focused');
			expect(node.numericStyle('outline-width')).toBeGreaterThan(0);
		} finally {
			cy.destroy();
		}
	});
});
