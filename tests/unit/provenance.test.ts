/**
 * Provenance: every detail of a source or reference record is confirmed by the page its
 * provenance names, or listed as unverified — checked by the validator, located, and held by
 * the curated atlas.
 */
import { describe, expect, it } from 'vitest';
import type { Bibliographic } from '../../src/lib/model/atlas.ts';
import { detailsOf, provenanceProblems } from '../../src/lib/validate/provenance.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { fixturePath, REAL_PATHWAYS, validateOverlay } from './helpers/fixtures.ts';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';

const record = (r: Partial<Bibliographic>): Bibliographic => ({
	title: 'T',
	unverified: [],
	...r
});
const page = 'https://pubmed.ncbi.nlm.nih.gov/1/';

describe('provenanceProblems', () => {
	it('accepts a record whose every detail is confirmed or unverified', () => {
		const r = record({
			pmid: '1',
			authors: ['A B'],
			unverified: ['authors'],
			provenance: { page, confirmed: ['title', 'pmid'] }
		});
		expect(provenanceProblems(r)).toEqual([]);
	});

	it('flags an unconfirmed detail that is not marked unverified, at the detail', () => {
		const r = record({ pmid: '1', provenance: { page, confirmed: ['title'] } });
		expect(provenanceProblems(r)).toEqual([
			{
				at: ['pmid'],
				rule: 'provenance-unclassified',
				message: '"pmid" is neither confirmed nor unverified',
				hint: `add it to provenance.confirmed if ${page} gives it, otherwise to "unverified"`
			}
		]);
	});

	it('flags a detail that is both confirmed and unverified, and a confirmed detail that is absent', () => {
		const r = record({
			unverified: ['title'],
			provenance: { page, confirmed: ['title', 'doi'] }
		});
		expect(provenanceProblems(r).map((p) => p.at)).toEqual([
			['unverified', 0],
			['provenance', 'confirmed', 1]
		]);
	});

	it('leaves a record without provenance alone (fixtures and older atlases)', () => {
		expect(provenanceProblems(record({ pmid: '1' }))).toEqual([]);
	});
});

describe('the validator', () => {
	it('reports each provenance problem of a reference record where it is', () => {
		const file = fixturePath('errors/unconfirmed-detail/references.yaml');
		const { errors } = validateOverlay('errors/unconfirmed-detail');
		expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
			[file, 6, '"authors" is neither confirmed nor unverified'],
			[file, 15, '"year" is both confirmed and unverified'],
			[file, 18, 'provenance confirms "pmcid", which the record does not give']
		]);
	});
});

describe('the curated atlas', () => {
	const { atlas, errors } = validateAtlas(readCuratedDir(REAL_PATHWAYS));
	const records = [...[...atlas.sources.values()], ...[...atlas.references.values()]];

	it('says for every source and reference which page confirmed which details', () => {
		expect(errors).toEqual([]);
		for (const r of records) {
			expect(r.provenance?.page, r.title).toMatch(/^https?:\/\//);
			for (const d of detailsOf(r))
				expect(
					r.provenance!.confirmed.includes(d) !== r.unverified.includes(d),
					`${r.title}: ${d}`
				).toBe(true);
		}
	});

	it('marks as unverified the author lists no PubMed or publisher page gave', () => {
		expect(atlas.sources.get('hayashi-2004')?.unverified).toContain('authors');
		expect(atlas.sources.get('niciu-2014')?.unverified).toContain('authors');
		expect(atlas.sources.get('jelen-2021')?.unverified).toEqual(['title', 'authors']);
		expect(atlas.references.get('pmid-29532791')?.unverified).toEqual(['authors']);
		expect(atlas.references.get('pmid-29532791')?.provenance?.confirmed).toContain('pmid');
	});
});
