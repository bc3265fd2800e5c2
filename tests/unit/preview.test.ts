import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { labelPx, pathwayPreview } from '../../src/lib/server/preview.ts';
import { READABLE_LABEL_PX } from '../../src/lib/view/firstView.ts';
import { opening } from '../../src/lib/view/opening.ts';
import { realAtlas } from './helpers/figures.ts';

const atlas = realAtlas();

describe('an index card previews the opening of its pathway', () => {
	for (const p of atlas.pathways)
		for (const lang of LANGUAGES)
			it(`${p.id} (${lang}): readable in the card, from the first step on`, () => {
				const { svg, steps, partial } = pathwayPreview(p, atlas, lang);
				expect(steps).toBeGreaterThanOrEqual(1);
				expect(labelPx(svg)).toBeGreaterThanOrEqual(READABLE_LABEL_PX[lang]);
				const drawn = (svg.match(/id="node-/g) ?? []).length;
				const first = p.steps[0]!.show.find((id) => p.nodes.some((n) => n.id === id))!;
				// the whole first step, from its first node; or a piece of its chain, an arrow at least
				if (!partial) expect(svg).toContain(`id="node-${first}"`);
				else expect(drawn).toBeGreaterThanOrEqual(2);
			});

	it('draws the first steps, and the nodes their arrows join', () => {
		const p = atlas.pathways.find((x) => x.id === 'ketamine-disinhibition')!;
		const one = opening(p, 1);
		const shown = new Set(p.steps[0]!.show);
		for (const n of one.nodes) {
			const joined = one.edges.some((e) => shown.has(e.id) && [e.source, e.target].includes(n.id));
			expect(shown.has(n.id) || joined, n.id).toBe(true);
		}
		expect(opening(p, 2).nodes.length).toBeGreaterThanOrEqual(one.nodes.length);
		expect(opening(p, p.steps.length).nodes.length).toBeLessThanOrEqual(p.nodes.length);
	});
});
