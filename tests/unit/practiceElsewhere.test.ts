/** The wrong answers a pathway's pages carry from the other pathways: enough, and bounded. */
import { describe, expect, it } from 'vitest';
import { syntheticAtlas } from '../../bench/synthetic.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import {
	atlasLinks,
	elsewhere,
	elsewhereLinks,
	elsewhereNodes,
	kindsOf,
	linksOf,
	practiceSubject,
	WRONG_ANSWERS_PER_KIND
} from '../../src/lib/practice/subject.ts';
import { questionBank } from '../../src/lib/practice/round.ts';
import type { Elsewhere } from '../../src/lib/practice/types.ts';
import type { Pathway } from '../../src/lib/model/atlas.ts';
import type { Language } from '../../src/lib/i18n/languages.ts';
import { realAtlas } from './helpers/figures.ts';
import { alsoIn, ALSO_IN_LINKS } from '../../src/lib/view/alsoIn.ts';

type AtlasOf = ReturnType<typeof realAtlas>;

/** The same wrong answers, and every link of the other pathways. */
const everyLink = (atlas: AtlasOf, p: Pathway): Elsewhere => ({
	nodes: elsewhere(atlas, p).nodes,
	links: atlas.pathways.filter((o) => o.id !== p.id).flatMap(linksOf)
});

/** Every question of the pathway, as a page carrying `others` asks it. */
const questionsWith = (atlas: AtlasOf, p: Pathway, others: Elsewhere, lang: Language = 'en') =>
	questionBank(practiceSubject(p, atlas, kindsOf(p, atlas.entities), others), lang, 'seed');

/** The synthetic pathway taught in steps of a few arrows each (and their ends), as a lecture has. */
function withSteps(p: Pathway): Pathway {
	const steps = Array.from({ length: Math.ceil(p.edges.length / 4) }, (_, i) => ({
		show: p.edges.slice(i * 4, i * 4 + 4).flatMap((e) => [e.source, e.target, e.id]),
		narration: { en: `Step ${i + 1}` }
	}));
	return { ...p, steps };
}

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
			expect(questionsWith(atlas, p, carried)).toEqual(
				questionsWith(atlas, p, everyLink(atlas, p))
			);
		}
	});

	it('do not grow with the atlas: at most the bound of each kind', () => {
		const atlas = validateAtlas(syntheticAtlas([20, 40, 60, 80, 100, 120], 1, 'big')).atlas;
		const p = atlas.pathways[0]!;
		const carried = elsewhere(atlas, p);
		expect(perKind(carried.nodes.map((n) => n.kind))).toBeLessThanOrEqual(WRONG_ANSWERS_PER_KIND);
		expect(carried.nodes.length).toBeGreaterThan(WRONG_ANSWERS_PER_KIND);
		expect(new Set(carried.links).size).toBe(carried.links.length);
		// fewer links than the atlas holds, and the same questions, in both languages
		const every = everyLink(atlas, p);
		expect(carried.links.length).toBeLessThan(new Set(every.links).size);
		for (const taught of atlas.pathways.slice(0, 3)) {
			const q = withSteps(taught);
			const mine = elsewhere(atlas, q);
			expect(questionsWith(atlas, q, mine).length).toBeGreaterThan(0);
			expect(questionsWith(atlas, q, mine)).toEqual(questionsWith(atlas, q, everyLink(atlas, q)));
			expect(questionsWith(atlas, q, mine, 'zh')).toEqual(
				questionsWith(atlas, q, everyLink(atlas, q), 'zh')
			);
		}
	});

	it("are the same read from the atlas's one links file, as a practice page and the export menu read them", () => {
		for (const atlas of [
			validateAtlas(syntheticAtlas([20, 40, 60], 1, 'file')).atlas,
			realAtlas()
		]) {
			const file = JSON.parse(JSON.stringify(atlasLinks(atlas))) as [string, string[]][];
			for (const p of atlas.pathways) {
				const nodes = elsewhereNodes(atlas, p);
				const others = file.filter(([id]) => id !== p.id).flatMap(([, links]) => links);
				expect(elsewhereLinks(p, nodes, others), p.id).toEqual(elsewhere(atlas, p).links);
				expect(nodes, p.id).toEqual(elsewhere(atlas, p).nodes);
			}
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
