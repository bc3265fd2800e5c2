/**
 * Property tests: the validator never throws on bad data, and the splitter always covers its text.
 *
 * The mutation properties start from the real pathways/ folder (read once) and edit the text of
 * one file per run. Each run validates the catalogues, every source and one pathway file, so
 * that thousands of runs fit in a few seconds; a mutated catalogue or source is checked against
 * a different pathway in each run. Parsing the files a run leaves unchanged is memoised (their
 * parsed data is deep-frozen, so a validator that wrote into it would throw and fail here).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { RULE_BY_ID } from '../../src/lib/rules/index.ts';
import { isQuoted } from '../../src/lib/model/atlas.ts';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { normalizeSpace } from '../../src/lib/text/findQuote.ts';
import { splitSentences } from '../../src/lib/text/sentences.ts';
import type { CuratedFiles, TextFile } from '../../src/lib/validate/files.ts';
import { validateAtlas, type ValidationResult } from '../../src/lib/validate/validateAtlas.ts';
import { REAL_PATHWAYS } from './helpers/fixtures.ts';

const memo = vi.hoisted(() => ({
	originals: new Set<string>(),
	cache: new Map<string, unknown>()
}));

vi.mock('../../src/lib/yaml/parseLocated.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('../../src/lib/yaml/parseLocated.ts')>();
	const deepFreeze = (value: unknown): void => {
		if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	};
	return {
		...real,
		parseLocated(path: string, text: string) {
			const key = `${path}\0${text}`;
			if (!memo.originals.has(key)) return real.parseLocated(path, text);
			let hit = memo.cache.get(key) as ReturnType<typeof real.parseLocated> | undefined;
			if (!hit) {
				hit = real.parseLocated(path, text);
				deepFreeze(hit.file.data);
				memo.cache.set(key, hit);
			}
			return hit;
		}
	};
});

const REAL = readCuratedDir(REAL_PATHWAYS);
const ALL_FILES: TextFile[] = [
	...(REAL.entities ? [REAL.entities] : []),
	...(REAL.references ? [REAL.references] : []),
	...REAL.sources,
	...REAL.pathways
];
for (const f of ALL_FILES) memo.originals.add(`${f.path}\0${f.text}`);

/** Which file to edit: a pathway (half the time), a catalogue, or a source. */
type Target =
	{ kind: 'pathway' } | { kind: 'entities' | 'references' } | { kind: 'source'; index: number };

const targetArb: fc.Arbitrary<Target> = fc.oneof(
	{ weight: 5, arbitrary: fc.constant<Target>({ kind: 'pathway' }) },
	{ weight: 2, arbitrary: fc.constant<Target>({ kind: 'entities' }) },
	{ weight: 1, arbitrary: fc.constant<Target>({ kind: 'references' }) },
	{
		weight: 2,
		arbitrary: fc
			.nat({ max: REAL.sources.length - 1 })
			.map<Target>((index) => ({ kind: 'source', index }))
	}
);

/** The folder for one run: catalogues, all sources, one pathway; one file's text edited. */
function filesFor(pathway: number, target: Target, edit: (text: string) => string): CuratedFiles {
	const p = REAL.pathways[pathway % REAL.pathways.length] as TextFile;
	const mutate = (f: TextFile): TextFile => ({ path: f.path, text: edit(f.text) });
	return {
		root: REAL.root,
		entities: REAL.entities && target.kind === 'entities' ? mutate(REAL.entities) : REAL.entities,
		references:
			REAL.references && target.kind === 'references' ? mutate(REAL.references) : REAL.references,
		sources: REAL.sources.map((s, i) =>
			target.kind === 'source' && target.index === i ? mutate(s) : s
		),
		pathways: [target.kind === 'pathway' ? mutate(p) : p]
	};
}

/** What is wrong with a diagnostic, if anything (checked without `expect`, for speed). */
function problemWith(
	d: Diagnostic,
	severity: string,
	lineCount: Map<string, number>,
	root: string
) {
	if (d.severity !== severity) return `severity ${d.severity}, expected ${severity}`;
	if (RULE_BY_ID.get(d.rule)?.severity !== d.severity)
		return `rule "${d.rule}" is not a ${d.severity} rule`;
	if (typeof d.path !== 'string' || d.path === '') return 'no path';
	if (!Number.isInteger(d.line) || d.line < 1) return `line ${d.line}`;
	if (!Number.isInteger(d.column) || d.column < 1) return `column ${d.column}`;
	if (typeof d.message !== 'string' || d.message.trim() === '') return 'empty message';
	const count = lineCount.get(d.path);
	if (count === undefined) {
		if (d.path !== `${root}/entities.yaml`) return `path ${d.path} is not one of the files`;
	} else if (d.line > count + 1) {
		// The position is inside the file (or just past its last line).
		return `line ${d.line} is past the end of the file (${count} lines)`;
	}
	return undefined;
}

/** The property every run must satisfy: no exception, and a coherent result. */
function checkRun(files: CuratedFiles) {
	let result: ValidationResult;
	try {
		result = validateAtlas(files);
	} catch (e) {
		throw new Error(`validateAtlas threw: ${e instanceof Error ? e.stack : String(e)}`);
	}
	const { atlas, errors, warnings } = result;
	const lineCount = new Map(
		[files.entities, files.references, ...files.sources, ...files.pathways]
			.filter((f): f is TextFile => f !== undefined)
			.map((f) => [f.path, f.text.split('\n').length])
	);
	const problems = [
		...errors.map((d) => [d, problemWith(d, 'error', lineCount, files.root)] as const),
		...warnings.map((d) => [d, problemWith(d, 'warning', lineCount, files.root)] as const)
	]
		.filter(([, problem]) => problem !== undefined)
		.map(([d, problem]) => `${problem}: ${JSON.stringify(d)}`);
	expect(problems).toEqual([]);
	if (errors.length === 0) expect(atlas.pathways).toHaveLength(files.pathways.length);
	// Whatever was built is sound: every resolved quote is really in its source.
	for (const p of atlas.pathways) {
		for (const el of [...p.nodes, ...p.edges]) {
			for (const e of el.evidence.filter(isQuoted)) {
				const text = atlas.sources.get(e.source)?.text ?? '';
				if (
					normalizeSpace(text.slice(e.start, e.end)) !== normalizeSpace(e.quote) ||
					!e.sentences.length
				) {
					expect.fail(`evidence of ${el.id} does not resolve to its quote: ${JSON.stringify(e)}`);
				}
			}
		}
	}
}

const lines = (text: string) => text.split('\n');
const at = (n: number, length: number) => (length === 0 ? 0 : n % length);

const YAML_PUNCTUATION = [
	':',
	'-',
	' ',
	'\n',
	'\t',
	'#',
	'[',
	']',
	'{',
	'}',
	',',
	'"',
	"'",
	'&',
	'*',
	'!',
	'|',
	'>',
	'?',
	'%',
	'@',
	'`',
	': ',
	'- ',
	'"\n'
];
const noise = fc
	.array(
		fc.oneof(
			fc.constantFrom(...YAML_PUNCTUATION),
			fc.string({ minLength: 1, maxLength: 4 }),
			fc.constantFrom(
				'ketamine',
				'nmda-receptor',
				'support',
				'quote',
				'entity',
				'0.5',
				'null',
				'~',
				'。'
			)
		),
		{ minLength: 1, maxLength: 6 }
	)
	.map((parts) => parts.join(''));

const RUNS = 250;

describe('validateAtlas never throws on an edited copy of the real atlas', () => {
	it('starts from an atlas without errors (so every failure below comes from the edit)', () => {
		const full = validateAtlas(REAL);
		expect(full.errors).toEqual([]);
		// Memoised parsing gives the same result as parsing afresh.
		memo.originals.clear();
		const fresh = validateAtlas(REAL);
		for (const f of ALL_FILES) memo.originals.add(`${f.path}\0${f.text}`);
		expect(validateAtlas(REAL)).toEqual(fresh);
	});

	it('a title rewritten as markdown emphasis (*R*-ketamine, an unresolved YAML alias), in every pathway', () => {
		// A fixed example of an edit the random properties below find only now and then.
		for (let i = 0; i < REAL.pathways.length; i++) {
			checkRun(
				filesFor(i, { kind: 'pathway' }, (text) =>
					text.replace(/^title: .*$/m, 'title: *R*-ketamine')
				)
			);
		}
	});

	it('a random line deleted', () => {
		fc.assert(
			fc.property(fc.nat(), targetArb, fc.nat(), (pathway, target, n) => {
				checkRun(
					filesFor(pathway, target, (text) => {
						const ls = lines(text);
						ls.splice(at(n, ls.length), 1);
						return ls.join('\n');
					})
				);
			}),
			{ numRuns: RUNS }
		);
	});

	it('a random line duplicated', () => {
		fc.assert(
			fc.property(fc.nat(), targetArb, fc.nat(), (pathway, target, n) => {
				checkRun(
					filesFor(pathway, target, (text) => {
						const ls = lines(text);
						const i = at(n, ls.length);
						ls.splice(i, 0, ls[i] as string);
						return ls.join('\n');
					})
				);
			}),
			{ numRuns: RUNS }
		);
	});

	it('random characters and YAML punctuation inserted at a random offset', () => {
		fc.assert(
			fc.property(fc.nat(), targetArb, fc.nat(), noise, (pathway, target, n, insert) => {
				checkRun(
					filesFor(pathway, target, (text) => {
						const i = at(n, text.length + 1);
						return text.slice(0, i) + insert + text.slice(i);
					})
				);
			}),
			{ numRuns: RUNS }
		);
	});

	it('two lines swapped', () => {
		fc.assert(
			fc.property(fc.nat(), targetArb, fc.nat(), fc.nat(), (pathway, target, a, b) => {
				checkRun(
					filesFor(pathway, target, (text) => {
						const ls = lines(text);
						const i = at(a, ls.length);
						const j = at(b, ls.length);
						[ls[i], ls[j]] = [ls[j] as string, ls[i] as string];
						return ls.join('\n');
					})
				);
			}),
			{ numRuns: RUNS }
		);
	});

	it('the indentation of a line changed', () => {
		const indent = fc.oneof(
			fc.integer({ min: -6, max: 6 }).map((k) => ({ spaces: k, tab: false })),
			fc.constant({ spaces: 0, tab: true })
		);
		fc.assert(
			fc.property(fc.nat(), targetArb, fc.nat(), indent, (pathway, target, n, change) => {
				checkRun(
					filesFor(pathway, target, (text) => {
						const ls = lines(text);
						const i = at(n, ls.length);
						const line = ls[i] as string;
						const body = line.trimStart();
						const current = line.length - body.length;
						ls[i] = change.tab
							? '\t' + line
							: ' '.repeat(Math.max(0, current + change.spaces)) + body;
						return ls.join('\n');
					})
				);
			}),
			{ numRuns: RUNS }
		);
	});

	it('a token replaced by a random string', () => {
		const replacement = fc.oneof(
			fc.string({ maxLength: 12 }),
			fc.constantFrom(
				'',
				'null',
				'[]',
				'{}',
				'-',
				':',
				'"',
				'0',
				'1e400',
				'true',
				'ketamin',
				'blokcs',
				'background',
				'&a',
				'*a',
				'!!str',
				'。'
			),
			noise
		);
		fc.assert(
			fc.property(fc.nat(), targetArb, fc.nat(), replacement, (pathway, target, n, repl) => {
				checkRun(
					filesFor(pathway, target, (text) => {
						const tokens = [...text.matchAll(/[^\s:,[\]{}]+/g)];
						const m = tokens[at(n, tokens.length)];
						if (!m) return text;
						return text.slice(0, m.index) + repl + text.slice(m.index + m[0].length);
					})
				);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('splitSentences covers its text (random strings)', () => {
	const alphabet = fc.constantFrom(
		...'aAbZz09 .!?。！？"\'”’)]）(\n\t'.split(''),
		'et al.',
		'e.g.',
		'i.e.',
		'Am. J.',
		'0.5',
		' J. ',
		'. ',
		'! ',
		'? ',
		'。 ',
		'\u00a0',
		'氯胺酮'
	);
	const textArb = fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join(''));

	it('the sentences, in order, are exactly the text without its white space', () => {
		fc.assert(
			fc.property(fc.oneof(textArb, fc.string({ maxLength: 80 })), (text) => {
				const sentences = splitSentences(text);
				expect(
					sentences
						.map((s) => s.text)
						.join('')
						.replace(/\s/g, '')
				).toBe(text.replace(/\s/g, ''));
				let end = 0;
				sentences.forEach((s, i) => {
					expect(s.n).toBe(i + 1);
					expect(s.start).toBeGreaterThanOrEqual(end);
					expect(s.end).toBeGreaterThan(s.start);
					expect(text.slice(s.start, s.end)).toBe(s.text);
					expect(s.text).toBe(s.text.trim());
					// Between sentences there is only white space.
					expect(text.slice(end, s.start).trim()).toBe('');
					end = s.end;
				});
				expect(text.slice(end).trim()).toBe('');
				expect(splitSentences(text)).toEqual(sentences);
			}),
			{ numRuns: 500 }
		);
	});
});
