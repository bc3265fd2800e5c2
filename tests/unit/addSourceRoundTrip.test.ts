/**
 * Round trip: a source added from each input format validates, quotes copied from the
 * sentences the command prints resolve to those sentences, and adding it again without
 * --force changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { addSourceRun, inputFixture, tempAtlas, type TempAtlas } from './helpers/addSource.ts';

const INPUTS: { name: string; args: string[]; id: string }[] = [
	{
		name: 'PubMed XML',
		args: ['--file', inputFixture('pubmed-structured.xml')],
		id: 'muller-2021'
	},
	{
		name: 'PubMed XML, one of two articles',
		args: ['--file', inputFixture('pubmed-two-articles.xml'), '--pmid', '90000002'],
		id: 'nmda-antagonist-working-1998'
	},
	{ name: 'MEDLINE', args: ['--file', inputFixture('medline.nbib')], id: 'muller-2021' },
	{ name: 'RIS', args: ['--file', inputFixture('reference-manager.ris')], id: 'ferreira-2014' },
	{ name: 'EndNote', args: ['--file', inputFixture('endnote.enw')], id: 'kowalski-2020' },
	{ name: 'BibTeX', args: ['--file', inputFixture('reference-manager.bib')], id: 'okonkwo-2021' },
	{
		name: 'CSL-JSON',
		args: ['--file', inputFixture('reference-manager.json')],
		id: 'takeda-2004'
	},
	{
		name: 'plain text',
		args: [
			'--file',
			inputFixture('abstract.txt'),
			'--title',
			'Esketamine in practice',
			'--year',
			'2020'
		],
		id: 'esketamine-in-practice-2020'
	}
];

/** The sentences as the command printed them: "  s3  text" or "! s3  text". */
function printedSentences(out: string): { n: number; text: string }[] {
	return out.split('\n').flatMap((line) => {
		const m = /^[ !] s(\d+) +(.*)$/.exec(line);
		return m ? [{ n: Number(m[1]), text: m[2] as string }] : [];
	});
}

/** A piece from inside a sentence, as a curator selects it: all words but the first and last. */
function innerQuote(sentence: string): string {
	const words = sentence.split(' ');
	return words.length > 4 ? words.slice(1, -1).join(' ') : sentence;
}

let atlas: TempAtlas;
beforeEach(() => {
	atlas = tempAtlas();
});
afterEach(() => atlas.remove());

describe.each(INPUTS)('a source added from $name', ({ args, id }) => {
	it('validates, and quotes copied from its printed sentences resolve to those sentences', async () => {
		const run = await addSourceRun([...args, '--dir', atlas.dir]);
		expect(run.err).toBe('');
		expect(run.status).toBe(0);
		const sentences = printedSentences(run.out);
		expect(sentences.length).toBeGreaterThan(1);

		const pathway = {
			title: 'Quotes from the new source',
			summary: 'Each sentence of the added source, quoted.',
			nodes: [
				{
					entity: 'ketamine',
					evidence: sentences.map((s) => ({
						source: id,
						quote: innerQuote(s.text),
						support: 'stated'
					}))
				}
			]
		};
		writeFileSync(join(atlas.dir, 'quotes.yaml'), stringify(pathway));
		const result = validateAtlas(readCuratedDir(atlas.dir));
		expect(result.errors).toEqual([]);
		const source = result.atlas.sources.get(id);
		expect(source?.sentences.map((s) => s.text)).toEqual(sentences.map((s) => s.text));
		const evidence = result.atlas.pathways.find((p) => p.id === 'quotes')?.nodes[0]?.evidence ?? [];
		expect(evidence.map((e) => ('sentences' in e ? e.sentences : []))).toEqual(
			sentences.map((s) => [s.n])
		);
	});

	it('is not added again without --force: the file and the folder stay as they were', async () => {
		await addSourceRun([...args, '--dir', atlas.dir]);
		const before = readFileSync(join(atlas.dir, 'sources', `${id}.yaml`), 'utf8');
		const files = atlas.sourceFiles();
		const again = await addSourceRun([...args, '--dir', atlas.dir]);
		expect(again.status).toBe(1);
		expect(again.err).toMatch(
			new RegExp(
				`^add-source: this paper is already in the atlas as sources/${id}\\.yaml; add --force`
			)
		);
		expect(readFileSync(join(atlas.dir, 'sources', `${id}.yaml`), 'utf8')).toBe(before);
		expect(atlas.sourceFiles()).toEqual(files);
	});
});
