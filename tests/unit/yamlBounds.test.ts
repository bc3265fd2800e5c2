/**
 * Reading a curated file is bounded: a file beyond 8 million characters is refused unread, and a
 * long file full of one repeated mistake is reported from its first part (the first few causes,
 * each with a count), fast and in little memory, never as "nested too deeply" (a 10 MB file of
 * one mistake took 98 s and more than 2 GB before).
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_CHARACTERS, parseLocated } from '../../src/lib/yaml/parseLocated.ts';

const timed = <T>(run: () => T) => {
	const started = performance.now();
	const result = run();
	return { result, ms: performance.now() - started };
};

describe('reading a curated file is bounded', () => {
	it('a file beyond 8 million characters is refused at once, unread', () => {
		const text = 'key: a: b\n'.repeat(1_000_000);
		expect(text.length).toBeGreaterThan(MAX_FILE_CHARACTERS);
		const { result, ms } = timed(() => parseLocated('big.yaml', text));
		expect(ms).toBeLessThan(100);
		expect(result.errors.map((d) => [d.rule, d.line, d.message])).toEqual([
			[
				'file-too-large',
				1,
				'the file is 10.0 million characters, more than the 8 million a curated file may have'
			]
		]);
	});

	for (const [mistake, unit, message] of [
		['a colon in a plain value', 'key: a: b\n', /Nested mappings are not allowed/],
		['a tab as indentation', 'a:\n\t- b\n', /Tabs are not allowed as indentation/],
		['an unclosed quote', 'title: "abc\n', /Missing closing "quote/]
	] as const)
		it(`a long file of one mistake (${mistake}) is reported from its first part, fast`, () => {
			const text = unit.repeat(Math.floor(7_000_000 / unit.length));
			const { result, ms } = timed(() => parseLocated('broken.yaml', text));
			expect(ms).toBeLessThan(5000);
			expect(result.errors.length).toBeLessThanOrEqual(5);
			expect(result.errors[0]!.rule).toBe('yaml-syntax');
			expect(result.errors[0]!.message).toMatch(message);
			expect(result.errors[0]!.message).toMatch(
				/\(and [\d]+ more like it in the first [\d,]+ lines; the rest is read once these are fixed\)$/
			);
			expect(result.errors.map((d) => d.message).join()).not.toMatch(/nested too deeply/);
		});

	it('a short file with a mistake is reported as before, from the whole file', () => {
		const result = parseLocated('short.yaml', 'title: t\nkey: a: b\n');
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]!.message).not.toMatch(/first .* lines/);
	});
});
