import { describe, expect, it } from 'vitest';
import { nameFromWords, sentenceFromWords } from '../../src/lib/studio/textFromSource.ts';

describe('a text taken from the words selected in a source', () => {
	it('names: the article and closing punctuation dropped, a lower-case first word capitalised', () => {
		expect(nameFromWords('a candidate marker of response')).toBe('Candidate marker of response');
		expect(nameFromWords('layer 5 neurons.')).toBe('Layer 5 neurons');
		expect(nameFromWords('an NMDA receptor antagonist,')).toBe('NMDA receptor antagonist');
		expect(nameFromWords(' – the cortex ')).toBe('Cortex');
	});

	it('names keep the source’s own characters: charges, Greek letters, mixed case', () => {
		expect(nameFromWords('Cortical Ca2+ signalling')).toBe('Cortical Ca2+ signalling');
		expect(nameFromWords('extracellular Mg2+')).toBe('Extracellular Mg2+');
		expect(nameFromWords('Cl−')).toBe('Cl−');
		expect(nameFromWords('β‑adrenergic blockade')).toBe('β‑adrenergic blockade');
		expect(nameFromWords('mTOR signalling')).toBe('mTOR signalling');
		expect(nameFromWords('A')).toBe('A');
	});

	it('sentences: a capital first, one full stop last', () => {
		expect(sentenceFromWords('Cortical Ca2+ signalling rises with ketamine')).toBe(
			'Cortical Ca2+ signalling rises with ketamine.'
		);
		expect(sentenceFromWords('acts within hours in treatment-resistant depression (TRD).')).toBe(
			'Acts within hours in treatment-resistant depression (TRD).'
		);
		expect(sentenceFromWords('rises with ketamine –')).toBe('Rises with ketamine.');
		expect(sentenceFromWords('Does it?')).toBe('Does it?');
		expect(sentenceFromWords(' , ')).toBe('');
	});
});
