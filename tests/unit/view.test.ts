import { describe, expect, it } from 'vitest';
import { alsoIn } from '../../src/lib/view/alsoIn.ts';
import { diagramAction } from '../../src/lib/view/diagramKeys.ts';
import { backgroundOnly } from '../../src/lib/view/filter.ts';
import { edgeSentence, nodeLabel } from '../../src/lib/view/labels.ts';
import { elementOrder, stepThrough } from '../../src/lib/view/order.ts';
import { xrefUrl } from '../../src/lib/view/xrefs.ts';

import { galleryAtlas, galleryPathway } from './helpers/figures.ts';

const atlas = galleryAtlas();
/** Lecture steps, compartments, and elements that stand on background evidence alone. */
const cascade = galleryPathway('many-steps');

describe('reading order', () => {
	it('follows the lecture steps and includes every element once', () => {
		const order = elementOrder(cascade);
		expect(order[0]).toBe(cascade.steps[0]?.show[0]);
		const all = [...cascade.nodes, ...cascade.edges].map((el) => el.id).sort();
		expect([...order].sort()).toEqual(all);
	});
	it('steps through and past the ends', () => {
		expect(stepThrough(['a', 'b'], undefined, 1)).toBe('a');
		expect(stepThrough(['a', 'b'], 'a', 1)).toBe('b');
		expect(stepThrough(['a', 'b'], 'b', 1)).toBeUndefined();
		expect(stepThrough(['a', 'b'], undefined, -1)).toBe('b');
	});
});

describe('background filter', () => {
	it('hides elements that stand only on background evidence and edges to hidden nodes', () => {
		const hidden = backgroundOnly(cascade);
		for (const id of hidden) {
			const el = [...cascade.nodes, ...cascade.edges].find((e) => e.id === id)!;
			const ends = 'source' in el ? [el.source, el.target] : [];
			const onlyBackground = el.evidence.every((e) => e.support === 'background');
			expect(onlyBackground || ends.some((n) => hidden.has(n))).toBe(true);
		}
		expect(hidden.has('ketamine-blocks-nmda-receptor')).toBe(false);
		expect(hidden.size).toBeGreaterThan(0);
	});
});

describe('labels and links', () => {
	it('uses the Chinese term in Chinese and the label otherwise', () => {
		const node = cascade.nodes.find((n) => n.id === 'ketamine')!;
		expect(nodeLabel(node, 'zh')).toBe('氯胺酮');
		expect(nodeLabel(node, 'en')).toBe('Ketamine');
		const edge = cascade.edges.find((e) => e.id === 'ketamine-blocks-nmda-receptor')!;
		expect(edgeSentence(edge, cascade, atlas.entities, 'en')).toBe('Ketamine blocks NMDA receptor');
	});
	it('links identifiers through identifiers.org and refuses malformed ones', () => {
		expect(xrefUrl('hgnc', 'HGNC:1033')).toBe('https://identifiers.org/hgnc:1033');
		expect(xrefUrl('chebi', 'CHEBI:6121')).toBe('https://identifiers.org/CHEBI:6121');
		expect(xrefUrl('uniprot', 'P23560')).toBe('https://identifiers.org/uniprot:P23560');
		expect(xrefUrl('chebi', 'javascript:alert(1)')).toBeUndefined();
	});
	it('"also in" lists the other pathways with the same entity', () => {
		const links = alsoIn(atlas, cascade).get('nmda-receptor')?.links ?? [];
		expect(links.map((l) => l.id)).toContain('every-support');
		expect(links.map((l) => l.id)).not.toContain('many-steps');
	});
});

describe('diagram keys', () => {
	it.each([
		['ArrowRight', { type: 'move', delta: 1 }],
		['ArrowDown', { type: 'move', delta: 1 }],
		['ArrowLeft', { type: 'move', delta: -1 }],
		['ArrowUp', { type: 'move', delta: -1 }],
		['Enter', { type: 'select' }],
		['Escape', { type: 'clear' }],
		['0', { type: 'fit' }]
	])('%s', (key, action) => {
		expect(diagramAction(key)).toEqual(action);
	});
	it('leaves Tab to the page: one press enters the diagram, one leaves it', () => {
		expect(diagramAction('Tab')).toBeUndefined();
	});
	it('zooms in and out by reciprocal factors and ignores other keys', () => {
		const zoomIn = diagramAction('+');
		const zoomOut = diagramAction('-');
		expect(
			zoomIn?.type === 'zoom' && zoomOut?.type === 'zoom' && zoomIn.factor * zoomOut.factor
		).toBeCloseTo(1);
		expect(diagramAction('x')).toBeUndefined();
	});
});
