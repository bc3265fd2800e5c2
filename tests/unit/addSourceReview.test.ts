import { describe, expect, it } from 'vitest';
import { reviewSentences } from '../../src/lib/sources/reviewSentences.ts';
import { defaultId, slug, uniqueId } from '../../src/lib/sources/sourceId.ts';
import { initialsOf } from '../../src/lib/sources/record.ts';
import { sourceYaml } from '../../src/lib/sources/sourceYaml.ts';
import { splitSentences } from '../../src/lib/text/sentences.ts';
import { parse } from 'yaml';

const checksOf = (text: string) => reviewSentences(text).map((s) => s.checks);

describe('the sentence review of a new source', () => {
	it('marks splits the atlas did not make: abbreviations, decimals, stereo descriptors', () => {
		expect(
			checksOf('Smith et al. showed that (R)-ketamine at 0.5 mg/kg, e.g. in rats, acts.')
		).toEqual([
			[
				'abbreviation "et al." inside: not split there',
				'abbreviation "e.g." inside: not split there',
				'decimal number "0.5" inside: not split there',
				'stereo descriptor "(R)-" inside: not split there'
			]
		]);
	});

	it('marks splits it made after a possible abbreviation or before a lower-case word', () => {
		const reviewed = reviewSentences(
			'It binds protein kinase A. Then it acts on several spp. of rodents. sigma-1 receptors differ in each one.'
		);
		expect(reviewed.map((s) => s.checks)).toEqual([
			['ends after "A.": is s2 really a new sentence?'],
			[
				'ends after "spp.": is s3 really a new sentence?',
				's3 starts in lower case: do they belong together?'
			],
			['s4 starts in lower case: do they belong together?', 'very short: is it a whole sentence?'],
			[]
		]);
	});

	it('leaves ordinary sentences unmarked', () => {
		expect(checksOf('Ketamine blocks the NMDA receptor. The effect is rapid in patients.')).toEqual(
			[[], []]
		);
	});
});

describe('source ids', () => {
	it("are the first author's family name and the year, in the id rule", () => {
		const base = { title: 'T', text: 'x' };
		expect(defaultId({ ...base, authors: ['Müller AK'], year: 2021 })).toBe('muller-2021');
		expect(defaultId({ ...base, authors: ['van der Berg JW'], year: 1998 })).toBe(
			'van-der-berg-1998'
		);
		expect(defaultId({ ...base, authors: ['Fictional Depression Work Group'], year: 2016 })).toBe(
			'fictional-depression-work-2016'
		);
		expect(defaultId({ title: 'Ketamine: a review of 10 years', text: 'x' })).toBe(
			'ketamine-a-review'
		);
		expect(slug('Ólafsdóttir–Ng')).toBe('olafsdottir-ng');
	});

	it('get -b, -c when taken', () => {
		const taken = new Set(['smith-2014', 'smith-2014-b']);
		expect(uniqueId('smith-2014', (id) => taken.has(id))).toBe('smith-2014-c');
		expect(uniqueId('takeda-2004', (id) => taken.has(id))).toBe('takeda-2004');
	});

	it('write initials as PubMed does', () => {
		expect(initialsOf('Mark J.')).toBe('MJ');
		expect(initialsOf('Jean-Paul')).toBe('JP');
		expect(initialsOf('I. D.')).toBe('ID');
		expect(initialsOf('MJ')).toBe('MJ');
	});
});

describe('the written source file', () => {
	const record = { title: 'T', year: 2020, text: '' };
	const imported = { format: 'plain text', from: 'abstract.txt', date: '2026-01-02T03:04:05Z' };
	const readBack = (yamlText: string) => (parse(yamlText) as { text: string }).text;

	it('puts one sentence per line, and reads back as the exact text', () => {
		const text = 'First sentence, with “quotes” and # signs. Second: β\u00a0µM – done.';
		const written = sourceYaml({ ...record, text }, imported, splitSentences(text));
		expect(written).toContain(
			'text: >-\n  First sentence, with “quotes” and # signs.\n  Second: β\u00a0µM – done.\n'
		);
		expect(readBack(written)).toBe(text);
	});

	it('quotes the whole text when sentences are not separated by one plain space', () => {
		const text = 'First sentence here.\u00a0Second sentence here.';
		const written = sourceYaml({ ...record, text }, imported, splitSentences(text));
		expect(written).not.toContain('>-');
		expect(readBack(written)).toBe(text);
	});
});
