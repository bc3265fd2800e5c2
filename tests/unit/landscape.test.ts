import { describe, expect, it } from 'vitest';
import {
	LANDSCAPE,
	landscapeChoice,
	landscapeScale,
	TURNED
} from '../../src/lib/layout/landscape.ts';
import { layoutPathway } from '../../src/lib/layout/layoutPathway.ts';
import { DIRECTIONS } from '../../src/lib/schema/vocabulary.ts';
import { galleryAtlas } from './helpers/figures.ts';
import { ENTITIES, synapsePathway } from './helpers/synapsePathway.ts';

const figure = (width: number, height: number) => ({ width, height });

describe('the layout chooses its shape for a landscape frame', () => {
	it('keeps the curated figure when it fits, without laying out the turn', () => {
		const curated = figure(LANDSCAPE.width - 1, LANDSCAPE.height);
		let turned = 0;
		expect(landscapeChoice(curated, () => (turned++, figure(10, 10)))).toBe(curated);
		expect(turned).toBe(0);
	});

	it('turns a figure that does not fit when the turn fits larger, and only then', () => {
		const tall = figure(500, 1400);
		const wide = figure(3000, 250);
		const square = figure(1000, 1000);
		expect(landscapeChoice(figure(2100, 500), () => square)).toBe(square);
		expect(landscapeChoice(tall, () => wide)).toBe(tall);
		expect(landscapeScale(wide)).toBeLessThan(landscapeScale(tall));
	});

	it('turns a quarter each way and back', () => {
		for (const [from, to] of Object.entries(TURNED)) expect(TURNED[to]).toBe(from);
	});

	it('lays each pathway out in the direction that fits a landscape frame, up to large enough', () => {
		const atlas = galleryAtlas();
		const cases = [
			...atlas.pathways.map((p) => ({ p, entities: atlas.entities })),
			...DIRECTIONS.map((d) => ({ p: synapsePathway(d), entities: ENTITIES }))
		];
		let turnedAny = false;
		for (const { p, entities } of cases) {
			const laidOut = layoutPathway(p, entities);
			const curated = layoutPathway(p, entities, { direction: p.direction });
			const turned = layoutPathway(p, entities, { direction: TURNED[p.direction] });
			const name = `${p.id} ${p.direction}`;
			expect([p.direction, TURNED[p.direction]], name).toContain(laidOut.direction);
			// past a scale that is large enough the less cluttered figure wins; below it, the larger
			// (the choice counts the exported title band, hence the allowance)
			const enough = (scale: number) => Math.min(scale, 1.2);
			const better = enough(Math.max(landscapeScale(curated), landscapeScale(turned)));
			expect(enough(landscapeScale(laidOut)), name).toBeGreaterThanOrEqual(better * 0.9);
			if (laidOut.direction !== p.direction) turnedAny = true;
		}
		// the synthetic pathway drawn left to right fits better turned top to bottom
		expect(turnedAny).toBe(true);
	});

	it('lays out in the direction asked for, whatever its shape', () => {
		const atlas = galleryAtlas();
		const p = atlas.pathways.find((q) => landscapeScale(layoutPathway(q, atlas.entities)) < 1)!;
		expect(layoutPathway(p, atlas.entities, { direction: 'BT' }).direction).toBe('BT');
	});
});
