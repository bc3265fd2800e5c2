import { describe, expect, it } from 'vitest';
import {
	buildSearchIndex,
	normalise,
	searchAtlas,
	searchFile,
	searchIndexOf,
	type SearchFile
} from '../../src/lib/view/atlasSearch.ts';
import { syntheticAtlas } from '../../bench/synthetic.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { realAtlas } from './helpers/figures.ts';

const index = buildSearchIndex(realAtlas());
const first = (query: string) => searchAtlas(index, query)[0];

describe('the atlas search', () => {
	it('ignores case, hyphens, spaces and Greek letters written out', () => {
		expect(normalise('Sigma-1 receptor')).toBe(normalise('σ1 Receptor'));
		expect(normalise('sigma 1')).toBe('sigma1');
	});

	it.each([
		['NMDA受体', 'nmda-receptor'],
		['mTORC1', 'mtorc1'],
		['sigma 1', 'sigma-1-receptor'],
		['σ1', 'sigma-1-receptor'],
		['esketamine', 'esketamine']
	])('finds %s as %s, in a pathway, first', (query, at) => {
		const hit = first(query)!;
		expect(hit.pathway).toBeDefined();
		expect(hit.at.startsWith(at) || hit.names.includes(normalise(at))).toBe(true);
	});

	it('finds Chinese abbreviations from the curated synonymsZh, across pathways', () => {
		const pathways = new Set(
			searchAtlas(index, 'NMDA受体', 100)
				.filter((h) => h.at === 'nmda-receptor')
				.map((h) => h.pathway)
		);
		expect(pathways.size).toBeGreaterThan(1);
	});

	it('finds the words of evidence sentences and source sentences', () => {
		const hits = searchAtlas(index, 'psychotomimetic benzomorphans', 100);
		expect(hits.some((h) => h.pathway === 'sigma-1-modulation')).toBe(true);
		expect(hits.some((h) => h.source === 'hayashi-2004')).toBe(true);
	});

	it('finds an element by its id, and nothing for nonsense', () => {
		expect(first('sigma-1-agonists')!.at).toBe('sigma-1-agonists');
		expect(searchAtlas(index, 'zzzqqq')).toEqual([]);
	});
});

describe('the search file', () => {
	const synthetic = validateAtlas(syntheticAtlas([30, 60], 1, 'find')).atlas;
	for (const [name, atlas] of [
		['curated', realAtlas()],
		['synthetic', synthetic]
	] as const)
		it(`gives back the ${name} atlas's index as built, each pathway's and source's title once`, () => {
			const built = buildSearchIndex(atlas);
			const file = JSON.parse(JSON.stringify(searchFile(built))) as SearchFile;
			expect(searchIndexOf(file)).toEqual(built);
			expect(file.places).toHaveLength(atlas.pathways.length + atlas.sources.size);
			for (const e of built) expect(new Set(e.names).size, e.at).toBe(e.names.length);
		});
});
