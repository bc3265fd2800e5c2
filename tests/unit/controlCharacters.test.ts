/**
 * The validator refuses control characters other than tab and line breaks (YAML forbids them, and
 * a slide's XML with one is not well-formed), at their line and column, written raw or as an
 * escape; a file full of them is reported in a few lines, fast.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import type { CuratedFiles } from '../../src/lib/validate/files.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { readFixture } from './helpers/fixtures.ts';

function withPathway(edit: (text: string) => string): CuratedFiles {
	const base = structuredClone(readFixture('valid'));
	base.pathways[0]!.text = edit(base.pathways[0]!.text);
	return base;
}
const located = (files: CuratedFiles) =>
	validateAtlas(files).errors.map((d) => `${d.line}:${d.column} [${d.rule}] ${d.message}`);

describe('control characters', () => {
	it('a narration with U+0001 is refused at its line and column (it made a broken .pptx)', () => {
		const files = withPathway((t) =>
			t.replace('narration: Ketamine.', 'narration: Keta\u0001mine.')
		);
		const line = files.pathways[0]!.text.split('\n').findIndex((l) => l.includes('\u0001')) + 1;
		expect(located(files)).toEqual([
			`${line}:20 [control-character] an invisible control character (U+0001) in the text`
		]);
		const [d] = validateAtlas(files).errors;
		expect(formatDiagnostic(d!)).toMatch(/hint: delete it: only tab and line breaks/);
	});

	it('NUL, DEL, a C1 control and U+FFFF are refused too; tab, CR LF and ordinary text are not', () => {
		for (const c of ['\u0000', '\u007f', '\u0085', '\u009b', '\uffff', '\u000b', '\u000c'])
			expect(located(withPathway((t) => t.replace('Ketamine.', `Ketamine${c}.`)))[0], c).toMatch(
				/\[control-character\]/
			);
		const fine = withPathway((t) =>
			t
				.replace('narration: Ketamine.', 'narration: "Keta\tmine, 氯胺酮 — é"')
				.replaceAll('\n', '\r\n')
		);
		expect(located(fine)).toEqual([]);
	});

	it('written as an escape in double quotes, it is refused at the value', () => {
		const files = withPathway((t) =>
			t.replace('narration: Ketamine.', 'narration: "Keta\\u0001mine."')
		);
		const line = files.pathways[0]!.text.split('\n').findIndex((l) => l.includes('\\u0001')) + 1;
		expect(located(files)).toEqual([
			`${line}:16 [control-character] an invisible control character (U+0001) in the text, written as an escape`
		]);
	});

	it('a file full of them gives a few located lines and a count, in well under a second', () => {
		const files = withPathway((t) => t + '# \u0001\n'.repeat(200_000));
		const started = performance.now();
		const errors = located(files);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(errors).toHaveLength(5);
		expect(errors[4]).toMatch(/\(and 199995 more line\(s\) like it\)$/);
	});
});
