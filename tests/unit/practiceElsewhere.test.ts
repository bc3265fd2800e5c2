/** The wrong answers a pathway's pages carry from the other pathways: enough, and bounded. */
import { describe, expect, it } from 'vitest';
import { syntheticAtlas } from '../../bench/synthetic.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { elsewhere, linksOf, WRONG_ANSWERS_PER_KIND } from '../../src/lib/practice/subject.ts';
import { realAtlas } from './helpers/figures.ts';
import { alsoIn, ALSO_IN_LINKS } from '../../src/lib/view/alsoIn.ts';

const perKind = (kinds: string[]) =>
	Math.max(0, ...[...new Set(kinds)].map((k) => kinds.filter((x) => x === k).length));

describe("the other pathways' nodes and links a pathway's pages carry", () => {
	it('are all of them for the curated atlas, whose kinds have fewer than the bound', () => {
		const atlas = realAtlas();
		for (const p of atlas.pathways) {
			const others = atlas.pathways.filter((o) => o.id !== p.id);
			const own = new Set(p.nodes.map((n) => n.entity));
			const entities = new Set(others.flatMap((o) => o.nodes.map((n) => n.entity)));
			const carried = elsewhere(atlas, p);
			expect(new Set(carried.nodes.map((n) => n.entity))).toEqual(
				new Set([...entities].filter((e) => !own.has(e)))
			);
			// every link a question can ask about, once: one end among the pathway's entities
			const asked = others.flatMap(linksOf).filter((l) => {
				const [source = '', , target = ''] = l.split(' ');
				return own.has(source) || own.has(target);
			});
			expect(carried.links).toEqual([...new Set(asked)]);
		}
	});

	it('do not grow with the atlas: at most the bound of each kind', () => {
		const atlas = validateAtlas(syntheticAtlas([20, 40, 60, 80, 100, 120], 1, 'big')).atlas;
		const p = atlas.pathways[0]!;
		const carried = elsewhere(atlas, p);
		expect(perKind(carried.nodes.map((n) => n.kind))).toBeLessThanOrEqual(WRONG_ANSWERS_PER_KIND);
		expect(carried.nodes.length).toBeGreaterThan(WRONG_ANSWERS_PER_KIND);
		const own = new Set(p.nodes.map((n) => n.entity));
		const named = new Set([...own, ...carried.nodes.map((n) => n.entity)]);
		expect(new Set(carried.links).size).toBe(carried.links.length);
		for (const link of carried.links) {
			const [source = '', , target = ''] = link.split(' ');
			expect(own.has(source) || own.has(target)).toBe(true);
			expect(named.has(source) && named.has(target)).toBe(true);
		}
	});

	it('link only a few of the other pathways from a node, and count the rest', () => {
		const atlas = validateAtlas(
			syntheticAtlas([20, 21, 22, 23, 24, 25, 26, 27, 28, 29], 1, 'wide')
		).atlas;
		const p = atlas.pathways[0]!;
		const shared = p.nodes.find(
			(n) => atlas.pathways.filter((o) => o.nodes.some((m) => m.entity === n.entity)).length > 8
		)!;
		const containing = atlas.pathways.filter(
			(o) => o.id !== p.id && o.nodes.some((m) => m.entity === shared.entity)
		);
		const { links, more } = alsoIn(atlas, p).get(shared.entity)!;
		expect(links.map((l) => l.id)).toEqual(containing.slice(0, ALSO_IN_LINKS).map((o) => o.id));
		expect(more).toBe(containing.length - ALSO_IN_LINKS);
	});
});
