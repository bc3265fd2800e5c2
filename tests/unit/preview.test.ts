import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { labelPx, pathwayPreview } from '../../src/lib/server/preview.ts';
import { READABLE_LABEL_PX } from '../../src/lib/view/firstView.ts';
import { opening } from '../../src/lib/view/opening.ts';
import { realAtlas } from './helpers/figures.ts';
import { syntheticAtlas } from '../../bench/synthetic.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { CARD_TEXT, countWords, previewWords } from '../../src/lib/i18n/cardText.ts';

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

describe('a pathway without steps previews its first nodes, readable', () => {
	const synthetic = validateAtlas(syntheticAtlas([12, 119], 1, 'cards')).atlas;
	for (const p of synthetic.pathways)
		for (const lang of LANGUAGES)
			it(`${p.nodes.length} nodes (${lang}): its first node and those joined to it, readable`, () => {
				const { svg, steps, partial } = pathwayPreview(p, synthetic, lang);
				expect(steps).toBe(0);
				expect(labelPx(svg)).toBeGreaterThanOrEqual(READABLE_LABEL_PX[lang]);
				const drawn = [...svg.matchAll(/<g id="node-([^"]+)"/g)].map((m) => m[1]!);
				expect(drawn).toContain(p.nodes[0]!.id);
				expect(partial).toBe(drawn.length < p.nodes.length);
				// a piece of the chain: every drawn node is joined to another drawn one
				const joined = (id: string) =>
					p.edges.some(
						(e) =>
							(e.source === id && drawn.includes(e.target)) ||
							(e.target === id && drawn.includes(e.source))
					);
				if (drawn.length > 1) for (const id of drawn) expect(joined(id), id).toBe(true);
			});

	it('counts no steps on its card', () => {
		const word = (key: string) => key;
		expect(countWords({ nodes: 12, edges: 15, steps: 0 }, word)).toBe('12 nodes · 15 arrows');
		expect(countWords({ nodes: 12, edges: 15, steps: 3 }, word)).toBe(
			'12 nodes · 15 arrows · 3 steps'
		);
	});

	it('says so on its card, and nothing of a whole pathway without steps', () => {
		const text = CARD_TEXT.en;
		expect(previewWords(text, { steps: 0, partial: true }, 0)).toBe(text.start);
		expect(previewWords(text, { steps: 0, partial: false }, 0)).toBeUndefined();
		expect(previewWords(text, { steps: 2, partial: false }, 5)).toBe(text.opening(2, 5));
	});
});

describe('a preview is a picture: one title, no element tooltips or classes', () => {
	it('in every curated preview', () => {
		for (const p of atlas.pathways)
			for (const lang of LANGUAGES) {
				const { svg } = pathwayPreview(p, atlas, lang);
				expect(svg.match(/<title>/g), p.id).toHaveLength(1);
				expect(svg, p.id).not.toMatch(/class="(node|edge|compartment)[ "]/);
			}
	});
});
