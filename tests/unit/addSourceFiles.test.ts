import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addSourceRun, inputFixture, tempAtlas, type TempAtlas } from './helpers/addSource.ts';

const STRUCTURED_TEXT =
	'BACKGROUND: Ketamine, an NMDA receptor antagonist, acts within hours in treatment-resistant depression (TRD). ' +
	'METHODS: Adult Rattus norvegicus received (S)-ketamine at 10 mg/kg, i.e. a sub-anaesthetic dose. ' +
	'Cortical Ca2+ transients were recorded in layer 5 neurons. ' +
	'RESULTS: Transient amplitude rose 1.8-fold vs. saline (p<0.01), an effect that β\u2011adrenergic blockade did not alter. ' +
	'CONCLUSIONS: Cortical Ca2+ signalling rises with ketamine \u2013 a candidate marker of response.';

const STRUCTURED_RECORD = {
	title: 'Ketamine and Rattus norvegicus cortical Ca2+ signalling.',
	authors: ['Müller AK', 'Okafor C'],
	journal: 'J Fict Pharmacol',
	year: 2021,
	volume: '12',
	issue: '3',
	pages: '101-109',
	pmid: '90000001',
	pmcid: 'PMC9900001',
	doi: '10.5555/fict.2021.0003',
	text: STRUCTURED_TEXT
};

let atlas: TempAtlas;
beforeEach(() => {
	atlas = tempAtlas();
});
afterEach(() => atlas.remove());

const ORIGINAL_SOURCES = ['jelen-2021.yaml', 'niciu-2014.yaml'];

function withoutImported(data: Record<string, unknown>) {
	const { imported, ...rest } = data;
	expect(imported).toBeDefined();
	return rest;
}

describe('add-source from a PubMed XML file', () => {
	it('records every field and keeps the structured abstract labels, flattened markup and non-ASCII', async () => {
		const run = await addSourceRun([
			'--file',
			inputFixture('pubmed-structured.xml'),
			'--dir',
			atlas.dir
		]);
		expect(run.err).toBe('');
		expect(run.status).toBe(0);
		const { data } = atlas.readSource('muller-2021');
		expect(withoutImported(data)).toEqual(STRUCTURED_RECORD);
		expect(data.imported).toEqual({
			format: 'PubMed XML',
			from: 'pubmed-structured.xml',
			date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
		});
		// The reference list's DOI is not the article's.
		expect(run.out).not.toContain('not.this.one');
	});

	it('prints the path, the record, the numbered sentences with checks, and the verdict', async () => {
		const run = await addSourceRun([
			'--file',
			inputFixture('pubmed-structured.xml'),
			'--dir',
			atlas.dir
		]);
		const lines = run.out.split('\n');
		expect(lines[0]).toMatch(/^Wrote .*sources\/muller-2021\.yaml \(from PubMed XML\)$/);
		expect(lines).toContain('  authors  Müller AK, Okafor C');
		expect(lines).toContain(
			'  s1  BACKGROUND: Ketamine, an NMDA receptor antagonist, acts within hours in treatment-resistant depression (TRD).'
		);
		expect(lines).toContain(
			'! s2  METHODS: Adult Rattus norvegicus received (S)-ketamine at 10 mg/kg, i.e. a sub-anaesthetic dose.'
		);
		expect(lines).toContain('        check: abbreviation "i.e." inside: not split there');
		expect(lines).toContain('        check: stereo descriptor "(S)-" inside: not split there');
		expect(lines).toContain('        check: abbreviation "vs." inside: not split there');
		expect(lines).toContain('        check: decimal number "1.8" inside: not split there');
		expect(lines.find((l) => l.startsWith('Validator:'))).toMatch(
			/muller-2021\.yaml is valid \(5 sentences\)$/
		);
		expect(lines).toContain('  the atlas: 0 error(s), 1 warning(s)');
	});

	it('takes the MedlineDate year, a collective author and MathML from the article chosen by --pmid', async () => {
		const file = inputFixture('pubmed-two-articles.xml');
		const run = await addSourceRun(['--file', file, '--pmid', '90000002', '--dir', atlas.dir]);
		expect(run.status).toBe(0);
		const { data } = atlas.readSource('nmda-antagonist-working-1998');
		expect(data.year).toBe(1998);
		expect(data.authors).toEqual(['NMDA Antagonist Working Group', 'van der Berg JW']);
		expect(data.pages).toBe('211-8');
		expect(data.text).toContain(
			'Occupancy follows Kd values near 0.5\u00a0µM, as reported by Smith et al. in 1997.'
		);
		expect(data.text).not.toContain('K_d');
	});

	it('asks which article when a file holds several, and writes nothing', async () => {
		const file = inputFixture('pubmed-two-articles.xml');
		const run = await addSourceRun(['--file', file, '--dir', atlas.dir]);
		expect(run.status).toBe(1);
		expect(run.err.split('\n')[0]).toBe(
			`${file}:1:1: the input holds 2 articles: PMID 90000002, PMID 90000003`
		);
		expect(run.err).toContain('hint: choose one with --pmid');
		expect(atlas.sourceFiles()).toEqual(ORIGINAL_SOURCES);
	});

	it('reports an article without an abstract at its line, and writes nothing', async () => {
		const file = inputFixture('pubmed-two-articles.xml');
		const run = await addSourceRun(['--file', file, '--pmid', '90000003', '--dir', atlas.dir]);
		expect(run.status).toBe(1);
		expect(run.err.split('\n')[0]).toBe(`${file}:47:3: PMID 90000003 has no abstract`);
		expect(atlas.sourceFiles()).toEqual(ORIGINAL_SOURCES);
	});
});

describe('add-source from MEDLINE, RIS, BibTeX, CSL-JSON and plain text', () => {
	it('reads the MEDLINE (.nbib) record of an article exactly as its PubMed XML (file given bare)', async () => {
		const run = await addSourceRun([inputFixture('medline.nbib'), '--dir', atlas.dir]);
		expect(run.status).toBe(0);
		const { data } = atlas.readSource('muller-2021');
		expect(withoutImported(data)).toEqual(STRUCTURED_RECORD);
		expect(data.imported).toMatchObject({ format: 'MEDLINE', from: 'medline.nbib' });
	});

	it('reads RIS: collective author, abbreviated journal, year, URL, non-breaking spaces and dashes', async () => {
		const run = await addSourceRun([
			'--file',
			inputFixture('reference-manager.ris'),
			'--dir',
			atlas.dir
		]);
		expect(run.err).toBe('');
		const { data } = atlas.readSource('ferreira-2014');
		expect(withoutImported(data)).toEqual({
			title: 'Glutamate and its receptors in the pathophysiology of mood disorders',
			authors: ['Ferreira MJ', 'Lindqvist ID', 'Ketamine Research Consortium'],
			journal: 'J Fict Psychiatry',
			year: 2014,
			volume: '75',
			issue: '5',
			pages: 'e417-e423',
			doi: '10.5555/jfp.13r08698',
			url: 'https://example.org/jfp/13r08698',
			text:
				'Glutamate is the major excitatory neurotransmitter of the brain, e.g. in cortex and hippocampus. ' +
				'Several groups (Doe et al. 2006) reported rapid effects of ketamine\u00a0in treatment-resistant depression. ' +
				'Response rates of 50\u201370% were reported within 24\u00a0h. The glycine site and the Mg²⁺ block are discussed.'
		});
	});

	it('reads EndNote (.enw): tagged fields, a collective author, an abstract over two lines', async () => {
		const run = await addSourceRun(['--file', inputFixture('endnote.enw'), '--dir', atlas.dir]);
		expect(run.err).toBe('');
		const { data } = atlas.readSource('kowalski-2020');
		expect(withoutImported(data)).toEqual({
			title: 'Esketamine nasal spray: a fictional open-label study',
			authors: ['Kowalski AM', 'Fictional Trials Network'],
			journal: 'Fict Psychiatr Res',
			year: 2020,
			volume: '31',
			issue: '6',
			pages: '455-462',
			doi: '10.5555/fpr.2020.455',
			url: 'https://example.org/fpr/2020/455',
			text:
				'Esketamine nasal spray (56 or 84 mg) was given twice weekly, i.e. as licensed. ' +
				'Remission rates reached 40.5% by week 4 vs. 28.1% with placebo.'
		});
		expect(data.imported).toMatchObject({ format: 'EndNote', from: 'endnote.enw' });
	});

	it('reads BibTeX: LaTeX commands and escapes become the characters they stand for', async () => {
		const run = await addSourceRun([
			'--file',
			inputFixture('reference-manager.bib'),
			'--dir',
			atlas.dir
		]);
		expect(run.status).toBe(0);
		const { data } = atlas.readSource('okonkwo-2021');
		expect(data).toMatchObject({
			title: 'Ketamine: two enantiomers compared',
			authors: ['Okonkwo LA', 'Young AH', 'Stein JM'],
			journal: 'J Fict Psychopharmacol',
			pages: '109-123',
			pmid: '90000004',
			text:
				'Racemic ketamine is a mixture of two enantiomers, S-ketamine and R-ketamine. ' +
				'Esketamine binds the NMDA receptor with a 3\u20134-fold higher affinity than arketamine. ' +
				'Ca2+ influx through the receptor is reduced by both, at 0.5\u00a0mg/kg in Übersichtsstudien.'
		});
	});

	it('reads CSL-JSON with inline markup in title and abstract', async () => {
		const run = await addSourceRun([
			'--file',
			inputFixture('reference-manager.json'),
			'--dir',
			atlas.dir
		]);
		expect(run.status).toBe(0);
		const { data } = atlas.readSource('takeda-2004');
		expect(data).toMatchObject({
			title: 'Sigma-1 receptor ligands in neuropsychiatric disorders: a fictional review',
			authors: ['Takeda T', 'Lin TP'],
			journal: 'Fictional CNS Therapeutics',
			year: 2004,
			pmcid: 'PMC9900005',
			text: expect.stringMatching(/^The σ1 receptor was originally proposed/)
		});
	});

	it('reads a plain-text abstract with the record given as options', async () => {
		const run = await addSourceRun([
			'--file',
			inputFixture('abstract.txt'),
			'--title',
			'Esketamine in practice',
			'--authors',
			'Doe J; Roe AB',
			'--year',
			'2020',
			'--journal',
			'Fict Clin',
			'--dir',
			atlas.dir
		]);
		expect(run.err).toBe('');
		const { data } = atlas.readSource('doe-2020');
		expect(withoutImported(data)).toEqual({
			title: 'Esketamine in practice',
			authors: ['Doe J', 'Roe AB'],
			journal: 'Fict Clin',
			year: 2020,
			text:
				'Ketamine produces rapid antidepressant effects in treatment-resistant depression. ' +
				'Its enantiomer esketamine was approved as a nasal spray in 2019. Effects on suicidal ideation appear within hours.'
		});
	});

	it('needs a title for a plain-text abstract', async () => {
		const file = inputFixture('abstract.txt');
		const run = await addSourceRun(['--file', file, '--dir', atlas.dir]);
		expect(run.status).toBe(1);
		expect(run.err.split('\n')[0]).toBe(`${file}:1:1: a record has no title`);
		expect(atlas.sourceFiles()).toEqual(ORIGINAL_SOURCES);
	});
});

describe('add-source ids', () => {
	it('never overwrites a file without --force, and replaces it with --force', async () => {
		const file = inputFixture('pubmed-structured.xml');
		const existing = readFileSync(join(atlas.dir, 'sources', 'niciu-2014.yaml'), 'utf8');
		const refused = await addSourceRun(['--file', file, '--id', 'niciu-2014', '--dir', atlas.dir]);
		expect(refused.status).toBe(1);
		expect(refused.err).toMatch(/^add-source: sources\/niciu-2014\.yaml exists; add --force/);
		expect(readFileSync(join(atlas.dir, 'sources', 'niciu-2014.yaml'), 'utf8')).toBe(existing);
		const forced = await addSourceRun([
			'--file',
			file,
			'--id',
			'niciu-2014',
			'--force',
			'--dir',
			atlas.dir
		]);
		expect(forced.out).toMatch(/^Replaced .*niciu-2014\.yaml/);
		expect(atlas.readSource('niciu-2014').data.pmid).toBe('90000001');
	});

	it('makes the default id unique with -b for another paper of the same author and year', async () => {
		const ris = readFileSync(inputFixture('reference-manager.ris'), 'utf8');
		const other = join(atlas.dir, 'other.ris');
		writeFileSync(
			other,
			ris
				.replace('DO  - 10.5555/jfp.13r08698', 'DO  - 10.5555/jfp.other')
				.replace('TI  - Glutamate', 'TI  - Another paper on glutamate')
		);
		await addSourceRun(['--file', inputFixture('reference-manager.ris'), '--dir', atlas.dir]);
		await addSourceRun(['--file', other, '--dir', atlas.dir]);
		const expected = [...ORIGINAL_SOURCES, 'ferreira-2014.yaml', 'ferreira-2014-b.yaml'];
		expect(atlas.sourceFiles()).toEqual(expected.sort());
	});
});

describe('add-source on bad input: one located message, exit 1, nothing written', () => {
	async function expectRejected(name: string, content: string, firstLine: RegExp) {
		const file = join(atlas.dir, name);
		writeFileSync(file, content);
		const run = await addSourceRun(['--file', file, '--dir', atlas.dir]);
		expect(run.status).toBe(1);
		expect(run.out).toBe('');
		const lines = run.err.split('\n');
		expect(lines[0]).toMatch(
			new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${firstLine.source}`)
		);
		expect(lines.slice(1).every((l) => /^ {4}hint: \S/.test(l))).toBe(true);
		expect(run.err).not.toMatch(/^\s+at /m);
		expect(atlas.sourceFiles()).toEqual(ORIGINAL_SOURCES);
	}

	const xml = () => readFileSync(inputFixture('pubmed-structured.xml'), 'utf8');

	it('a truncated PubMed XML file', async () => {
		await expectRejected(
			'cut.xml',
			xml().slice(0, xml().indexOf('</AbstractText>') + 5),
			/\d+:\d+: not well-formed XML: /
		);
	});

	it('an efetch error document', async () => {
		const doc =
			'<?xml version="1.0" encoding="UTF-8" ?>\n<eFetchResult>\n\t<ERROR>ID list is empty! Possibly it has no correct IDs.</ERROR>\n</eFetchResult>\n';
		await expectRejected(
			'error.xml',
			doc,
			/3:2: PubMed returned an error: ID list is empty! Possibly it has no correct IDs\.$/
		);
	});

	it('XML that is not PubMed XML', async () => {
		await expectRejected(
			'page.xml',
			'<html>\n<body>x</body></html>',
			/1:1: XML with <html> is not PubMed XML/
		);
	});

	it('a RIS file cut short', async () => {
		const ris = readFileSync(inputFixture('reference-manager.ris'), 'utf8');
		await expectRejected(
			'cut.ris',
			ris.slice(0, ris.indexOf('ER  -')),
			/1:1: this RIS record is not closed by an "ER {2}-" line$/
		);
	});

	it('a BibTeX file cut short', async () => {
		const bib = readFileSync(inputFixture('reference-manager.bib'), 'utf8');
		await expectRejected(
			'cut.bib',
			bib.slice(0, bib.indexOf('volume')),
			/8:3: BibTeX syntax error: expected "rbrace", got EOF$/
		);
	});

	it('a CSL-JSON file cut short', async () => {
		const json = readFileSync(inputFixture('reference-manager.json'), 'utf8');
		await expectRejected('cut.json', json.slice(0, 200), /\d+:\d+: not valid JSON: /);
	});

	it('an empty file and a binary file', async () => {
		await expectRejected('empty.txt', '\n\n', /1:1: the file is empty$/);
		await expectRejected(
			'binary.pdf',
			'%PDF-1.7\u0000\u0001',
			/1:1: a binary file, not a recognised format$/
		);
	});
});

describe('add-source reads UTF-8 only, and knows a source whatever its extension', () => {
	const ris = () => readFileSync(inputFixture('reference-manager.ris'), 'utf8');

	it('a Latin-1 file is refused at its first non-UTF-8 byte, named, with how to convert it', async () => {
		const file = join(atlas.dir, 'latin1.ris');
		writeFileSync(file, Buffer.from(ris().replace('Ida D.', 'Ida Müller'), 'latin1'));
		const run = await addSourceRun(['--file', file, '--dir', atlas.dir]);
		expect(run.status).toBe(1);
		expect(run.err).toMatch(
			/^.*latin1\.ris:3:23: not UTF-8: byte 0xFC \("ü" in Latin-1\) is not a UTF-8 character\n\s+hint: add-source reads UTF-8 only: convert the file from Latin-1 .*iconv -f latin1 -t utf-8/
		);
		expect(run.err).not.toContain('\uFFFD');
		expect(atlas.sourceFiles()).toEqual(ORIGINAL_SOURCES);
	});

	it('a UTF-16 file is named as UTF-16, not "a binary file"', async () => {
		const file = join(atlas.dir, 'utf16.ris');
		writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ris(), 'utf16le')]));
		const run = await addSourceRun(['--file', file, '--dir', atlas.dir]);
		expect(run.status).toBe(1);
		expect(run.err).toMatch(/utf16\.ris:1:1: not UTF-8: the file is UTF-16 \(little-endian\)/);
		expect(run.err).toMatch(/iconv -f UTF-16 -t utf-8/);
		expect(run.err).not.toMatch(/binary/);
		expect(atlas.sourceFiles()).toEqual(ORIGINAL_SOURCES);
	});

	it('an id held by a .YAML file is taken: no second file beside it', async () => {
		const file = inputFixture('reference-manager.ris');
		const first = await addSourceRun(['--file', file, '--dir', atlas.dir]);
		expect(first.status, first.err).toBe(0);
		const sources = join(atlas.dir, 'sources');
		writeFileSync(
			join(sources, 'ferreira-2014.YAML'),
			readFileSync(join(sources, 'ferreira-2014.yaml'))
		);
		rmSync(join(sources, 'ferreira-2014.yaml'));
		const again = await addSourceRun(['--file', file, '--dir', atlas.dir]);
		expect(again.status).toBe(1);
		expect(again.err).toMatch(/already in the atlas as sources\/ferreira-2014\.YAML/);
		expect(atlas.sourceFiles()).toEqual([...ORIGINAL_SOURCES, 'ferreira-2014.YAML'].sort());
	});

	it('--force onto an id held by x.yml replaces x.yml itself, and the atlas stays valid', async () => {
		const sources = join(atlas.dir, 'sources');
		writeFileSync(join(sources, 'x-2021.yml'), readFileSync(join(sources, 'jelen-2021.yaml')));
		rmSync(join(sources, 'jelen-2021.yaml'));
		const cites = readFileSync(join(atlas.dir, 'ketamine.yaml'), 'utf8').replaceAll(
			'jelen-2021',
			'x-2021'
		);
		writeFileSync(join(atlas.dir, 'ketamine.yaml'), cites);
		const file = inputFixture('pubmed-structured.xml');
		const refused = await addSourceRun(['--file', file, '--id', 'x-2021', '--dir', atlas.dir]);
		expect(refused.err).toMatch(/^add-source: sources\/x-2021\.yml exists; add --force/);
		const forced = await addSourceRun([
			'--file',
			file,
			'--id',
			'x-2021',
			'--force',
			'--dir',
			atlas.dir
		]);
		expect(forced.out).toMatch(/^Replaced .*x-2021\.yml/);
		expect(atlas.sourceFiles()).toEqual(['niciu-2014.yaml', 'x-2021.yml']);
		expect(readFileSync(join(sources, 'x-2021.yml'), 'utf8')).toMatch(/90000001/);
	});
});
