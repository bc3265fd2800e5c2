/**
 * Property test on the file system: random shapes of an atlas folder (extra files, one id under
 * two extensions, empty and binary files, nested folders, bad names, broken encodings, links)
 * written to a temporary folder. Whatever the shape, validate never throws and every diagnostic
 * points at a path in the folder; and its verdict predicts the build: with no errors, the build's
 * own steps (load the atlas, lay out, the data every route's load function returns) succeed for
 * every pathway and source, and every id is safe as an address.
 */
import fc from 'fast-check';
import {
	cpSync,
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { RULE_BY_ID } from '../../src/lib/rules/index.ts';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { handoutFigure } from '../../src/lib/lecture/handoutFigure.ts';
import { pageFigure } from '../../src/lib/render/pageFigure.ts';
import { pathwayPreview } from '../../src/lib/server/preview.ts';
import { InvalidAtlasError, loadAtlas } from '../../src/lib/server/loadAtlas.ts';
import { laidOutPathway } from '../../src/lib/server/pathwayRoute.ts';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { validateAtlas, type ValidationResult } from '../../src/lib/validate/validateAtlas.ts';
import { alsoIn } from '../../src/lib/view/alsoIn.ts';
import { pathwayCounts } from '../../src/lib/view/pathwayPage.ts';
import { pathwayViewer } from '../../src/lib/pages/pathwayViewer.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { sourcePageData } from '../../src/lib/view/sourcePage.ts';
import { FIXTURES } from './helpers/fixtures.ts';

// Layouts stay in memory: a test must not write into the project's layout cache.
vi.hoisted(() => {
	process.env.ATLAS_LAYOUT_CACHE = 'off';
});

const scratch = mkdtempSync(join(tmpdir(), 'atlas-shapes-'));
writeFileSync(join(scratch, 'outside.yaml'), 'title: outside the atlas folder\n');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Files of the valid fixture, which the shapes start from and act on. */
const BASE_FILES = [
	'entities.yaml',
	'references.yaml',
	'ketamine.yaml',
	'sources/niciu-2014.yaml',
	'sources/jelen-2021.yaml'
];

/** Names a curator (or an operating system, or an editor) might leave in an atlas folder. */
const NAMES = [
	'ketamine.yml',
	'ketamine.YAML',
	'bar.YAML',
	'entities.yml',
	'References.YML',
	'notes.yaml',
	'Ketamine NMDA.yaml',
	'氯胺酮.yaml',
	'a#b?c.yaml',
	'%2e%2e.yaml',
	'..yaml',
	'.hidden.yaml',
	'._ketamine.yaml',
	'ketamine.yaml~',
	'notes.txt',
	'README.md',
	'x.json',
	'sources/niciu-2014.yml',
	'sources/extra.yaml',
	'sources/Bad Name.yaml',
	'sources/nested/x.yaml',
	'old/ketamine.yaml',
	'old.yaml/inner.yaml',
	'deep/er/still/p.yaml'
];

type Shape =
	| { kind: 'copy'; from: string; to: string }
	| { kind: 'write'; to: string; bytes: Uint8Array }
	| { kind: 'empty'; target: string }
	| { kind: 'folder'; name: string }
	| { kind: 'encode'; target: string; as: 'latin1' | 'utf16le' | 'utf16-bom' | 'utf8-bom' | 'cut' }
	| { kind: 'delete'; target: string }
	| { kind: 'link'; name: string; to: 'missing' | 'inside' | 'outside' | 'itself' };

const base = fc.constantFrom(...BASE_FILES);
const name = fc.constantFrom(...NAMES);
const anyFile = fc.constantFrom(...BASE_FILES, ...NAMES);
const yamlish = fc.constantFrom(
	'title: x\n',
	'entities: []\n',
	'entities:\n',
	'- a\n- b\n',
	'nodes: [[[[[\n',
	'title: "unclosed\n',
	'\u0000\u0001\u0002',
	'text: Ketamine works.\ntitle: S\n'
);
const bytes = fc.oneof(
	yamlish.map((s) => new TextEncoder().encode(s)),
	fc.uint8Array({ maxLength: 64 })
);

const shape: fc.Arbitrary<Shape> = fc.oneof(
	fc.record({ kind: fc.constant('copy' as const), from: base, to: name }),
	fc.record({ kind: fc.constant('write' as const), to: anyFile, bytes }),
	fc.record({ kind: fc.constant('empty' as const), target: anyFile }),
	fc.record({ kind: fc.constant('folder' as const), name }),
	fc.record({
		kind: fc.constant('encode' as const),
		target: base,
		as: fc.constantFrom('latin1', 'utf16le', 'utf16-bom', 'utf8-bom', 'cut')
	}),
	fc.record({ kind: fc.constant('delete' as const), target: anyFile }),
	fc.record({
		kind: fc.constant('link' as const),
		name,
		to: fc.constantFrom('missing', 'inside', 'outside', 'itself')
	})
);

function encode(text: Buffer, as: Extract<Shape, { kind: 'encode' }>['as']): Buffer {
	const s = text.toString('utf8');
	// Some non-ASCII text, so that Latin-1 and a cut differ from UTF-8.
	const accented = s.replace('title: ', 'title: Kétamine – ');
	switch (as) {
		case 'latin1':
			return Buffer.from(accented, 'latin1');
		case 'utf16le':
			return Buffer.from(s, 'utf16le');
		case 'utf16-bom':
			return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
		case 'utf8-bom':
			return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]);
		case 'cut': {
			const b = Buffer.from(accented, 'utf8');
			const at = b.indexOf(Buffer.from('é', 'utf8'));
			return Buffer.concat([b.subarray(0, at + 1), b.subarray(at + 2)]);
		}
	}
}

/** Applies a shape; a shape that does not fit what is there (a file where a folder is) is skipped. */
function apply(dir: string, s: Shape): void {
	const at = (p: string) => join(dir, p);
	try {
		switch (s.kind) {
			case 'copy':
				mkdirSync(dirname(at(s.to)), { recursive: true });
				writeFileSync(at(s.to), readFileSync(at(s.from)));
				return;
			case 'write':
				mkdirSync(dirname(at(s.to)), { recursive: true });
				writeFileSync(at(s.to), s.bytes);
				return;
			case 'empty':
				writeFileSync(at(s.target), '');
				return;
			case 'folder':
				mkdirSync(at(s.name), { recursive: true });
				return;
			case 'encode':
				writeFileSync(at(s.target), encode(readFileSync(at(s.target)), s.as));
				return;
			case 'delete':
				rmSync(at(s.target), { recursive: true, force: true });
				return;
			case 'link': {
				mkdirSync(dirname(at(s.name)), { recursive: true });
				const target = {
					missing: at('missing.yaml'),
					inside: at('ketamine.yaml'),
					outside: join(scratch, 'outside.yaml'),
					itself: at(s.name)
				}[s.to];
				symlinkSync(target, at(s.name));
				return;
			}
		}
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		if (!['ENOENT', 'EEXIST', 'EISDIR', 'ENOTDIR', 'ELOOP'].includes(code ?? '')) throw e;
	}
}

let runs = 0;
function atlasFolder(shapes: Shape[]): string {
	const dir = join(scratch, `run-${runs++}`, 'atlas');
	cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
	for (const s of shapes) apply(dir, s);
	return dir;
}

/** What is wrong with a diagnostic's location, if anything. */
function misplaced(d: Diagnostic, dir: string): string | undefined {
	// the folder itself is where a whole-atlas note (no pathway yet) points
	if (d.path !== dir && !d.path.startsWith(dir + '/')) return 'not a path in the atlas folder';
	if (!Number.isInteger(d.line) || d.line < 1) return `line ${d.line}`;
	if (!Number.isInteger(d.column) || d.column < 1) return `column ${d.column}`;
	if (!d.message.trim()) return 'no message';
	if (RULE_BY_ID.get(d.rule)?.severity !== d.severity)
		return `rule "${d.rule}" is not a ${d.severity} rule`;
	if (d.severity === 'error' && !d.hint?.trim()) return 'no hint';
	if (d.path === join(dir, 'entities.yaml') && !existsSync(d.path)) return undefined;
	let isFile = false;
	try {
		lstatSync(d.path);
		isFile = statSync(d.path).isFile();
	} catch {
		return lstatOk(d.path) ? undefined : 'no such path';
	}
	if (isFile && d.line > 1) {
		const lines = readFileSync(d.path, 'utf8').split('\n').length;
		if (d.line > lines + 1) return `line ${d.line} past the end (${lines} lines)`;
	}
	return undefined;
}

function lstatOk(path: string): boolean {
	try {
		lstatSync(path);
		return true;
	} catch {
		return false;
	}
}

const URL_SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The build's steps after validation: every route's data for every pathway and source. */
function buildInProcess(dir: string, result: ValidationResult): void {
	const atlas = loadAtlas(dir);
	expect(atlas.pathways.map((p) => p.id)).toEqual(result.atlas.pathways.map((p) => p.id));
	for (const p of atlas.pathways) {
		expect(p.id).toMatch(URL_SAFE);
		pathwayCounts(p);
		const data = laidOutPathway(p.id, atlas);
		alsoIn(atlas, data.pathway);
		pathwayViewer(
			data.pathway,
			data.entities,
			{ sources: data.sources, references: data.references },
			data.laidOut,
			'en'
		);
		pageFigure(data.laidOut, data);
		pathwayPreview(data.pathway, atlas, 'en');
		handoutFigure(data.laidOut, data);
	}
	for (const s of [...atlas.sources.values()]) {
		expect(s.id).toMatch(URL_SAFE);
		for (const lang of LANGUAGES) sourcePageData(atlas, s, lang);
	}
}

describe('random shapes of an atlas folder', () => {
	it('validate never throws, locates every diagnostic, and its verdict predicts the build', () => {
		let valid = 0;
		fc.assert(
			fc.property(fc.array(shape, { minLength: 1, maxLength: 5 }), (shapes) => {
				const dir = atlasFolder(shapes);
				let result: ValidationResult;
				try {
					result = validateAtlas(readCuratedDir(dir));
				} catch (e) {
					throw new Error(`validate threw: ${e instanceof Error ? e.stack : String(e)}`);
				}
				const wrong = [...result.errors, ...result.warnings].flatMap((d) => {
					const problem = misplaced(d, dir);
					return problem ? [`${problem}: ${JSON.stringify(d)}`] : [];
				});
				expect(wrong).toEqual([]);
				if (result.errors.length === 0) {
					valid++;
					buildInProcess(dir, result);
				} else {
					expect(() => loadAtlas(dir)).toThrow(InvalidAtlasError);
				}
				rmSync(dirname(dir), { recursive: true, force: true });
			}),
			{ numRuns: 150 }
		);
		// The property says something about both verdicts.
		expect(valid).toBeGreaterThan(5);
	});
});
