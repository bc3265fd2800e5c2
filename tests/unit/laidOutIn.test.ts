import { describe, expect, it } from 'vitest';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { renderSvg } from '../../src/lib/render/renderSvg.ts';
import { PAGE_FIGURE } from '../../src/lib/render/options.ts';
import { figureContext } from '../../src/lib/render/figureContext.ts';
import { laidOutIn } from '../../src/lib/view/laidOutIn.ts';
import { realAtlas } from './helpers/figures.ts';

const atlas = realAtlas();
const pathway = atlas.pathways.find((p) => p.id === 'ketamine-disinhibition')!;
const laid = layoutPathway(pathway, atlas.entities);

describe("a laid-out pathway in the reader's language", () => {
	it('is the same layout in English', () => {
		expect(laidOutIn(laid, pathway, 'en')).toBe(laid);
	});

	it('labels the nodes in Chinese, each within its box as laid out', () => {
		const zh = laidOutIn(laid, pathway, 'zh');
		const ketamine = zh.nodes.find((n) => n.id === 'ketamine')!;
		expect(ketamine.label).toBe('氯胺酮');
		expect(ketamine.lines).toEqual(['氯胺酮']);
		const geometry = (l: typeof laid) =>
			l.nodes.map(({ id, x, y, width, height }) => ({ id, x, y, width, height }));
		expect(geometry(zh)).toEqual(geometry(laid));
		expect(zh.edges).toBe(laid.edges);
		expect(zh.compartments).toBe(laid.compartments);
	});

	it('draws the Chinese labels in the page figure', () => {
		const svg = renderSvg(
			laidOutIn(laid, pathway, 'zh'),
			PAGE_FIGURE,
			figureContext(pathway, atlas)
		);
		expect(svg).toContain('>氯胺酮<');
		expect(svg).not.toContain('>Ketamine<');
		expect(renderSvg(laid, PAGE_FIGURE, figureContext(pathway, atlas))).toContain('>Ketamine<');
	});
});
