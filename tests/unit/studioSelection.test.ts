import { describe, expect, it } from 'vitest';
import {
	alreadyNamed,
	markedSentences,
	searchCatalogue,
	snapToWords,
	spanBetween,
	wordSpan
} from '../../src/lib/studio/selection.ts';

const TEXT = 'Ketamine blocks NMDA receptors. It acts within hours.';
const S1 = { start: 0, text: 'Ketamine blocks NMDA receptors.' };
const S2 = { start: 32, text: 'It acts within hours.' };

describe('studio selection', () => {
	it('widens a selection that cuts words, and drops edge white space', () => {
		const [s, e] = snapToWords(TEXT, 3, 13);
		expect(TEXT.slice(s, e)).toBe('Ketamine blocks');
		const [s2, e2] = snapToWords(TEXT, 8, 16);
		expect(TEXT.slice(s2, e2)).toBe('blocks');
	});

	it('keeps the charge of an ion with its word, not a hyphen inside a name', () => {
		const ions = 'Mg2+ blocks the pore; Cl− flows; N-methyl stays.';
		const [s, e] = snapToWords(ions, 0, 2);
		expect(ions.slice(s, e)).toBe('Mg2+');
		const [s2, e2] = snapToWords(ions, 22, 23);
		expect(ions.slice(s2, e2)).toBe('Cl−');
		const n = ions.indexOf('N-');
		const [s3, e3] = snapToWords(ions, n, n + 1);
		expect(ions.slice(s3, e3)).toBe('N');
	});

	it('orders a selection made backwards, across sentences', () => {
		const span = spanBetween(TEXT, { sentence: S2, offset: 7 }, { sentence: S1, offset: 16 });
		expect(span && TEXT.slice(...span)).toBe('NMDA receptors. It acts');
	});

	it('selects by word numbers from the keyboard', () => {
		const span = wordSpan(S2, 2, 4);
		expect(span && TEXT.slice(...span)).toBe('acts within hours.');
		expect(wordSpan(S2, 2, 9)).toBeUndefined();
	});

	it('marks a quote in the sentences it spans', () => {
		const start = TEXT.indexOf('receptors. It');
		const marked = markedSentences(
			[S1, { ...S2, n: 2 }].map((s, i) => ({ n: i + 1, ...s })),
			start,
			start + 13
		);
		expect(marked).toEqual([
			{ n: 1, before: 'Ketamine blocks NMDA ', quoted: 'receptors.', after: '' },
			{ n: 2, before: '', quoted: 'It', after: ' acts within hours.' }
		]);
	});

	it('finds catalogue entries by label, id and synonym', () => {
		const entries = [
			{ id: 'ketamine', label: 'Ketamine', synonyms: ['racemic ketamine'] },
			{ id: 'nmda-receptor', label: 'NMDA receptor', synonyms: ['GluN'] },
			{ id: 'mtor', label: 'mTOR', synonyms: [] }
		];
		expect(searchCatalogue(entries, 'glun').map((e) => e.id)).toEqual(['nmda-receptor']);
		expect(searchCatalogue(entries, 'ket').map((e) => e.id)).toEqual(['ketamine']);
		expect(searchCatalogue(entries, 'zzz')).toEqual([]);
	});

	it('finds the catalogue entry a new label already names, by label, id or synonym', () => {
		const entries = [
			{ id: 'nmda-receptor', label: 'NMDA receptor', synonyms: ['GluN receptor'] },
			{ id: 'ketamine', label: 'Ketamine', synonyms: [] }
		];
		expect(alreadyNamed(entries, 'NMDA receptors')?.id).toBe('nmda-receptor');
		expect(alreadyNamed(entries, ' nmda  Receptor ')?.id).toBe('nmda-receptor');
		expect(alreadyNamed(entries, 'GluN receptor')?.id).toBe('nmda-receptor');
		expect(alreadyNamed(entries, 'ketamine')?.id).toBe('ketamine');
		expect(alreadyNamed(entries, 'NMDA')).toBeUndefined();
		expect(alreadyNamed(entries, 'Cortical Ca2+ signalling')).toBeUndefined();
		expect(alreadyNamed(entries, '  ')).toBeUndefined();
	});
});
