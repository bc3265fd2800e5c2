/** What a figure shows: lecture steps, viewports and output size; its title, legend and citation bands. */
import { describe, expect, it } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import type { LaidOutPathway } from '../../src/lib/layout/types.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { pathwayFrame } from '../../src/lib/render/frame.ts';
import { PAGE_FIGURE } from '../../src/lib/render/options.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { stepIds } from '../../src/lib/render/scope.ts';
import { THEMES } from '../../src/lib/style/themes.ts';
import { legend } from '../../src/lib/style/visualGrammar.ts';
import { allElements, galleryAtlas, parseSvg } from './helpers/figures.ts';
import { FULL, ids, labelLines, pathwayOf } from './helpers/svgFigure.ts';

/** A frame twice the node's size, about it. */
const around = (n: { x: number; y: number; width: number; height: number }) => ({
	x: n.x - n.width,
	y: n.y - n.height,
	width: 2 * n.width,
	height: 2 * n.height
});

describe('scopes', () => {
	const atlas = galleryAtlas();
	const p = pathwayOf(atlas, 'many-steps');
	const laidOut: LaidOutPathway = layoutPathway(p, atlas.entities);
	const context = figureContext(p, atlas);

	it('shows at step n exactly the elements of steps 1..n, in the same frame', () => {
		expect(p.steps.length).toBeGreaterThan(2);
		for (let n = 0; n <= p.steps.length; n++) {
			const svg = renderSvg(laidOut, { ...FULL, scope: 'step', step: n }, context);
			const doc = parseSvg(svg);
			const shown = stepIds(context, n);
			expect(new Set(ids(doc, 'node-'))).toEqual(
				new Set(laidOut.nodes.filter((x) => shown.has(x.id)).map((x) => x.id))
			);
			expect(new Set(ids(doc, 'edge-'))).toEqual(
				new Set(laidOut.edges.filter((x) => shown.has(x.id)).map((x) => x.id))
			);
			for (const c of ids(doc, 'compartment-')) {
				const members = laidOut.nodes.filter((x) => shown.has(x.id) && x.compartment);
				const around = (id: string) =>
					members.some((m) => {
						for (let at = m.compartment; at;)
							if (at === id) return true;
							else at = laidOut.compartments.find((k) => k.id === at)?.parent;
						return false;
					});
				expect(shown.has(c) || around(c), c).toBe(true);
			}
			const band = /viewBox="(\S+) \S+ (\S+)/.exec(svg)!;
			expect(Number(band[1])).toBeLessThanOrEqual(0);
			if (n) expect(svg).toContain(`Step ${n} of ${p.steps.length}`);
		}
	});

	it('cites in the footer only what the shown elements cite', () => {
		const first = renderSvg(laidOut, { ...FULL, scope: 'step', step: 1 }, context);
		const all = renderSvg(laidOut, FULL, context);
		// each entry's DOI, without the full stop that ends the entry
		const cited = (svg: string) =>
			[...svg.matchAll(/doi:([^<\s]+)/g)].map((m) => m[1]!.replace(/\.$/, ''));
		expect(cited(first).length).toBeGreaterThan(0);
		expect(cited(first).length).toBeLessThan(cited(all).length);
		const firstIds = stepIds(context, 1);
		const keys = new Set([...firstIds].flatMap((id) => context.cites.get(id) ?? []));
		expect(cited(first)).toEqual([...keys].map((k) => context.records.get(k)!.doi));
	});

	it('clips a viewport and leaves out what lies wholly outside it', () => {
		const target = laidOut.nodes[0]!;
		const viewport = around(target);
		const svg = renderSvg(laidOut, { ...PAGE_FIGURE, scope: 'viewport', viewport }, context);
		const doc = parseSvg(svg);
		const shown = ids(doc, 'node-');
		expect(shown).toContain(target.id);
		expect(shown.length).toBeLessThan(laidOut.nodes.length);
		for (const id of shown) {
			const n = laidOut.nodes.find((x) => x.id === id)!;
			expect(Math.abs(n.x - target.x)).toBeLessThan(target.width + n.width / 2 + 1);
		}
		expect(doc.getElementsByTagName('clipPath').length).toBe(1);
		const [x, y, w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
		expect([x, y]).toEqual([Math.floor(viewport.x), Math.floor(viewport.y)]);
		expect(w).toBeGreaterThanOrEqual(viewport.width);
		expect(h).toBeGreaterThanOrEqual(viewport.height);
	});

	it('sizes the output as asked, keeping the aspect ratio, the viewBox in model units', () => {
		const svg = renderSvg(laidOut, { ...PAGE_FIGURE, width: 200 }, context);
		const frame = pathwayFrame(laidOut);
		expect(svg).toContain(`viewBox="0 0 ${frame.width} ${frame.height}"`);
		expect(svg).toContain(' width="200"');
		const height = Number(/ height="([^"]+)"/.exec(svg)![1]);
		expect(height).toBeCloseTo((200 * frame.height) / frame.width, 0);
	});
});

describe('bands', () => {
	const atlas = galleryAtlas();
	const p = pathwayOf(atlas, 'many-steps');
	const laidOut = layoutPathway(p, atlas.entities);
	const context = figureContext(p, atlas);

	it('draws the legend from the same model as the on-screen legend', () => {
		for (const theme of THEMES) {
			const doc = parseSvg(renderSvg(laidOut, { ...FULL, theme }, context));
			const band = allElements(doc).find((el) => el.getAttribute('class') === 'figure-legend')!;
			const labels = Array.from(band.getElementsByTagName('text'), (t) => t.textContent);
			const model = legend(theme, laidOut);
			expect(labels).toEqual([
				...model.kinds.map((k) => k.label),
				...model.relations.map((r) => r.label),
				...model.supports.map((s) => s.label),
				...model.widths.map((w) => w.label)
			]);
		}
	});

	it('names in the legend of a clipped frame only what the frame draws, in a line or two when compact', () => {
		const node = laidOut.nodes[0]!;
		const viewport = around(node);
		const options = {
			...FULL,
			scope: 'viewport' as const,
			viewport,
			title: false,
			citations: false
		};
		const labelsOf = (svg: string) => {
			const band = allElements(parseSvg(svg)).find(
				(el) => el.getAttribute('class') === 'figure-legend'
			)!;
			return Array.from(band.getElementsByTagName('text'), (t) => t.textContent);
		};
		const drawn = laidOut.nodes.filter(
			(n) =>
				Math.abs(n.x - node.x) < node.width + n.width / 2 &&
				Math.abs(n.y - node.y) < node.height + n.height / 2
		);
		const model = legend('light', { nodes: drawn, edges: [] });
		const labels = labelsOf(renderSvg(laidOut, options, context));
		for (const k of model.kinds) expect(labels).toContain(k.label);
		expect(labels.length).toBeLessThan(labelsOf(renderSvg(laidOut, FULL, context)).length);
		// compact: every entry flows on, each as wide as its label, over a wide frame
		const wide = { ...options, viewport: { ...viewport, width: 1600 }, compactLegend: true };
		const rows = new Set(
			allElements(parseSvg(renderSvg(laidOut, wide, context)))
				.filter(
					(el) =>
						el.localName === 'text' &&
						el.parentNode &&
						(el.parentNode as Element).getAttribute('class') === 'figure-legend'
				)
				.map((t) => t.getAttribute('y'))
		);
		expect(rows.size).toBeLessThanOrEqual(2);
	});

	it('lists authors, year, journal and DOI, marking what the source page does not give', () => {
		const svg = renderSvg(laidOut, FULL, context);
		const footer = parseSvg(svg);
		// the lines of each entry joined as read, wherever the entry wraps
		const text = allElements(footer)
			.filter((el) => el.getAttribute('class') === 'figure-citations')
			.flatMap((el) => Array.from(el.getElementsByTagName('text')).flatMap(labelLines))
			.join(' ');
		expect(text).toContain('Niciu MJ, Henter ID');
		expect(text).toContain('2014');
		expect(text).toContain('Annu Rev Pharmacol Toxicol');
		expect(text).toContain('10.1146/');
		// an unconfirmed record is marked once, at its end, and the mark explained once below
		expect(text).toContain('Charney DS. Glutamate');
		expect(text).not.toContain('DS*');
		expect(text).toMatch(/doi:10\.1146\/annurev-pharmtox-011613-135950\. \*/);
		expect(text).toContain('Some details of this reference are yet to be confirmed');
		expect(text).not.toMatch(/not on the source page|Not given on the source page/);
	});

	it('leaves out title, legend and footer when asked, and the background for a transparent PNG', () => {
		const svg = renderSvg(laidOut, { ...PAGE_FIGURE, background: false }, context);
		expect(svg).not.toMatch(/figure-(title|legend|citations|background)/);
	});
});
