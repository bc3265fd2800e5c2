import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findQuote, normalizeSpace } from '../../src/lib/text/findQuote.ts';
import { splitSentences } from '../../src/lib/text/sentences.ts';
import { sentencesInSpan } from '../../src/lib/validate/sources.ts';
import { FIXTURES } from './helpers/fixtures.ts';

/** An abstract of five sentences (the gallery fixtures' copy). */
const niciu = (
	parse(readFileSync(join(FIXTURES, 'gallery', 'sources', 'niciu-2014.yaml'), 'utf8')) as {
		text: string;
	}
).text;

/** The range must point at text that reads as the quote once white space is ignored. */
function expectMapsBack(text: string, quote: string) {
	const span = findQuote(text, quote);
	expect(span).not.toBeNull();
	const { start, end } = span as { start: number; end: number };
	expect(normalizeSpace(text.slice(start, end))).toBe(normalizeSpace(quote));
	expect(text[start]).toMatch(/\S/);
	expect(text[end - 1]).toMatch(/\S/);
	return { start, end };
}

describe('findQuote', () => {
	it('finds an exact quote and returns its character range', () => {
		const text = 'Ketamine blocks the NMDA receptor. It acts fast.';
		expect(findQuote(text, 'blocks the NMDA receptor')).toEqual({ start: 9, end: 33 });
		expect(findQuote(text, 'Ketamine')).toEqual({ start: 0, end: 8 });
		expect(findQuote(text, 'It acts fast.')).toEqual({ start: 35, end: 48 });
	});

	it('ignores line breaks and runs of spaces in the quote', () => {
		const text = 'Ketamine blocks the NMDA receptor. It acts fast.';
		expect(findQuote(text, 'blocks the\nNMDA   receptor')).toEqual({ start: 9, end: 33 });
		expect(findQuote(text, '  blocks\tthe \n\n NMDA receptor \n')).toEqual({ start: 9, end: 33 });
	});

	it('ignores line breaks and runs of spaces in the text, mapping back to the original offsets', () => {
		const text = 'Ketamine  blocks\n  the NMDA\r\nreceptor.';
		const span = expectMapsBack(text, 'blocks the NMDA receptor');
		expect(span).toEqual({ start: 10, end: 37 });
		expect(text.slice(span.start, span.end)).toBe('blocks\n  the NMDA\r\nreceptor');
	});

	it('maps back correctly when the text starts with white space', () => {
		const text = '\n\n   Alpha  beta gamma.';
		expect(expectMapsBack(text, 'Alpha beta')).toEqual({ start: 5, end: 16 });
		expect(expectMapsBack(text, 'gamma.')).toEqual({ start: 17, end: 23 });
	});

	it('still treats white space as a separator: a space cannot be dropped', () => {
		expect(findQuote('the NMDA receptor', 'theNMDA receptor')).toBeNull();
		expect(findQuote('theNMDA receptor', 'the NMDA receptor')).toBeNull();
	});

	it('finds a quote that spans two sentences of a real abstract', () => {
		const quote = 'bipolar depression.\n  These effects are in direct contrast';
		const span = expectMapsBack(niciu, quote);
		expect(sentencesInSpan(splitSentences(niciu), span)).toEqual([1, 2]);
	});

	it('finds a quote inside one sentence of a real abstract and ties it to that sentence', () => {
		const span = expectMapsBack(niciu, 'mammalian target of rapamycin (mTOR)');
		expect(sentencesInSpan(splitSentences(niciu), span)).toEqual([4]);
	});

	it('returns null when the quote is not in the text', () => {
		expect(findQuote(niciu, 'ketamine cures depression')).toBeNull();
		expect(findQuote('Ketamine blocks the NMDA receptor.', 'ketamine blocks')).toBeNull();
		expect(findQuote('short', 'short text that is longer')).toBeNull();
	});

	it('returns null for an empty or blank quote', () => {
		expect(findQuote(niciu, '')).toBeNull();
		expect(findQuote(niciu, ' \n\t')).toBeNull();
	});

	it('returns the first occurrence when the quote occurs more than once', () => {
		const text = 'ketamine here, then ketamine\nthere';
		expect(findQuote(text, 'ketamine')).toEqual({ start: 0, end: 8 });
		expect(findQuote(text, 'ketamine there')).toEqual({ start: 20, end: 34 });
	});

	it('works on Chinese text', () => {
		const text = '氯胺酮是一种外消旋混合物,由等量的(S)-氯胺酮和(R)-氯胺酮组成。';
		expect(expectMapsBack(text, '(S)-氯胺酮和(R)-氯胺酮')).toEqual({ start: 17, end: 32 });
	});

	it('finds any piece of a text, however its white space is changed (property)', () => {
		const word = fc.stringMatching(/^[A-Za-z0-9().,;-]{1,8}$/);
		const gap = fc.constantFrom(' ', '  ', '\n', ' \n  ', '\t');
		const textArb = fc
			.array(fc.tuple(word, gap), { minLength: 1, maxLength: 20 })
			.map((parts) => parts.map(([w, g]) => w + g).join(''));
		fc.assert(
			fc.property(textArb, fc.nat(), fc.nat(), gap, (text, a, b, newGap) => {
				const [from, to] = a % text.length <= b % text.length ? [a, b] : [b, a];
				const piece = text.slice(from % text.length, (to % text.length) + 1);
				fc.pre(piece.trim() !== '');
				const quote = piece.trim().split(/\s+/).join(newGap);
				const span = findQuote(text, quote);
				expect(span).not.toBeNull();
				const { start, end } = span as { start: number; end: number };
				expect(normalizeSpace(text.slice(start, end))).toBe(normalizeSpace(quote));
			}),
			{ numRuns: 300 }
		);
	});
});
