/**
 * The file rules of an atlas folder, on real folders: which files are read, what a duplicate
 * or an unreadable path gives, encodings, links, and the paths the messages print.
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/lib/validate/encoding.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { FIXTURES, positionOf } from './helpers/fixtures.ts';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture atlas in a fresh temporary folder (outside the working folder). */
function validCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-files-'));
	made.push(dir);
	cpSync(join(FIXTURES, 'valid'), join(dir, 'atlas'), { recursive: true });
	return join(dir, 'atlas');
}

const validate = (dir: string) => validateAtlas(readCuratedDir(dir));
/** Which problem, where: `path:line:column [rule]`. */
const located = (d: Diagnostic) => `${d.path}:${d.line}:${d.column} [${d.rule}]`;
const ketamine = (dir: string) => readFileSync(join(dir, 'ketamine.yaml'));
const TYPO_FROM = 'entity: rapid-antidepressant-effect';
const TYPO_TO = 'entity: rapid-antidepressant-efect';
const typoAt = (() => {
	const p = positionOf(readFileSync(join(FIXTURES, 'valid/ketamine.yaml'), 'utf8'), TYPO_FROM);
	return { line: p.line, column: p.column + 'entity: '.length };
})();

describe('which files are read (case 2)', () => {
	it('x.yaml beside x.yml is an error on the second, naming both files', () => {
		const dir = validCopy();
		writeFileSync(join(dir, 'ketamine.yml'), ketamine(dir));
		const { errors, atlas } = validate(dir);
		expect(errors.map(located)).toEqual([`${dir}/ketamine.yml:1:1 [duplicate-file-id]`]);
		expect(errors[0]?.message).toBe(`pathway id "ketamine" is also the id of ${dir}/ketamine.yaml`);
		expect(errors[0]?.hint).toContain(`keep one of ${dir}/ketamine.yaml and ${dir}/ketamine.yml`);
		expect(atlas.pathways.map((p) => p.id)).toEqual(['ketamine']);
	});

	it('reads .YAML and .Yml like .yaml: bar.YAML is a pathway, not ignored', () => {
		const dir = validCopy();
		writeFileSync(join(dir, 'bar.YAML'), ketamine(dir));
		writeFileSync(join(dir, 'baz.Yml'), ketamine(dir));
		const { errors, atlas } = validate(dir);
		expect(errors).toEqual([]);
		expect(atlas.pathways.map((p) => p.id)).toEqual(['bar', 'baz', 'ketamine']);
	});

	it('recognises entities.yml, references.yml and sources/*.yml for what they are', () => {
		const dir = validCopy();
		renameSync(join(dir, 'entities.yaml'), join(dir, 'entities.yml'));
		renameSync(join(dir, 'references.yaml'), join(dir, 'References.YML'));
		renameSync(join(dir, 'sources/niciu-2014.yaml'), join(dir, 'sources/niciu-2014.yml'));
		const { errors, warnings, atlas } = validate(dir);
		expect(errors).toEqual([]);
		expect(warnings).toEqual([]);
		expect(atlas.pathways.map((p) => p.id)).toEqual(['ketamine']);
		expect([...atlas.sources.keys()].sort()).toEqual(['jelen-2021', 'niciu-2014']);
	});

	it('two entity catalogues, or one source under two extensions, are errors', () => {
		const dir = validCopy();
		cpSync(join(dir, 'entities.yaml'), join(dir, 'entities.yml'));
		cpSync(join(dir, 'sources/niciu-2014.yaml'), join(dir, 'sources/niciu-2014.YML'));
		const { errors } = validate(dir);
		expect(errors.map(located)).toEqual([
			`${dir}/entities.yml:1:1 [second-catalogue]`,
			`${dir}/sources/niciu-2014.YML:1:1 [duplicate-file-id]`
		]);
		expect(errors[0]?.message).toBe(`a second entities file: ${dir}/entities.yaml is the one read`);
	});

	it('does not read other files, and says when a folder of YAML files or a hidden one is not read', () => {
		const dir = validCopy();
		writeFileSync(join(dir, 'README.md'), '# notes');
		writeFileSync(join(dir, 'ketamine.yaml.bak'), 'not: [yaml');
		writeFileSync(join(dir, '.draft.yaml'), 'title: [');
		mkdirSync(join(dir, 'old'));
		writeFileSync(join(dir, 'old/ketamine.yaml'), 'title: [');
		const { errors, warnings } = validate(dir);
		expect(errors).toEqual([]);
		expect(warnings.map(located)).toEqual([
			`${dir}/.draft.yaml:1:1 [hidden-file]`,
			`${dir}/old:1:1 [folder-not-read]`
		]);
		expect(warnings.every((d) => d.severity === 'warning')).toBe(true);
	});
});

describe('encodings (case 3)', () => {
	it('Latin-1 is an error at the first byte that is not UTF-8, with line and column', () => {
		const dir = validCopy();
		const latin1 = Buffer.from('title: Kétamine\nsummary: Caf\u00e9 and cr\u00e8me\n', 'latin1');
		writeFileSync(join(dir, 'accents.yaml'), latin1);
		const { errors } = validate(dir);
		expect(errors).toEqual([
			{
				rule: 'invalid-utf8',
				severity: 'error',
				path: `${dir}/accents.yaml`,
				line: 1,
				column: 9,
				message: 'not UTF-8: byte 0xE9 ("é" in Latin-1) is not a UTF-8 character',
				hint: 'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8)'
			}
		]);
	});

	it('counts the column in characters after valid multi-byte text on the same line', () => {
		const bytes = Buffer.concat([
			Buffer.from('a: 1\ntitle: 氯胺酮 ', 'utf8'),
			Buffer.from([0xff]),
			Buffer.from('\n')
		]);
		const decoded = decodeUtf8('x.yaml', bytes);
		expect('problem' in decoded && decoded.problem).toMatchObject({ line: 2, column: 12 });
	});

	it('names UTF-16, with or without a byte-order mark', () => {
		const dir = validCopy();
		const text = readFileSync(join(dir, 'ketamine.yaml'), 'utf8');
		writeFileSync(
			join(dir, 'le.yaml'),
			Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
		);
		writeFileSync(join(dir, 'bare.yaml'), Buffer.from(text, 'utf16le'));
		const be = Buffer.from(text, 'utf16le').swap16();
		writeFileSync(join(dir, 'be.yaml'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
		const { errors } = validate(dir);
		// The message naming the encoding is the point here.
		expect(errors.map((d) => `${located(d)} ${d.message}`)).toEqual([
			`${dir}/bare.yaml:1:1 [invalid-utf8] not UTF-8: the file is UTF-16 (little-endian)`,
			`${dir}/be.yaml:1:1 [invalid-utf8] not UTF-8: the file is UTF-16 (big-endian)`,
			`${dir}/le.yaml:1:1 [invalid-utf8] not UTF-8: the file is UTF-16 (little-endian)`
		]);
	});

	it('a UTF-8 byte-order mark is fine, and not part of the text', () => {
		const dir = validCopy();
		const text = readFileSync(join(dir, 'ketamine.yaml'));
		writeFileSync(join(dir, 'bom.yaml'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]));
		const { errors, atlas } = validate(dir);
		expect(errors).toEqual([]);
		expect(atlas.pathways.find((p) => p.id === 'bom')?.title.en).toBe(
			'Ketamine, the NMDA receptor and mTOR'
		);
	});

	it('rejects overlong forms, surrogates and a character cut off at the end', () => {
		const at = (...b: number[]) => firstInvalidUtf8(Uint8Array.from(b));
		expect(at(0x61, 0xc0, 0xaf)).toBe(1); // overlong "/"
		expect(at(0xe0, 0x80, 0xaf)).toBe(0); // overlong
		expect(at(0x61, 0xed, 0xa0, 0x80)).toBe(1); // a UTF-16 surrogate
		expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // past U+10FFFF
		expect(at(0x61, 0x62, 0xe2, 0x82)).toBe(2); // cut off
		expect(at(0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80)).toBe(-1); // € 😀
	});
});

describe('paths that are not readable files (case 9)', () => {
	it('a folder named old.yaml, a broken link, a link outside: each located, the rest still validated', () => {
		const dir = validCopy();
		const outside = join(dir, '..', 'elsewhere.yaml');
		writeFileSync(outside, ketamine(dir));
		mkdirSync(join(dir, 'old.yaml'));
		mkdirSync(join(dir, 'sources/older.yaml'));
		symlinkSync(join(dir, 'missing.yaml'), join(dir, 'dangling.yaml'));
		symlinkSync(outside, join(dir, 'outside.yaml'));
		symlinkSync('loop.yaml', join(dir, 'loop.yaml'));
		// Something the validator reports inside a readable file, to show the run went on.
		writeFileSync(join(dir, 'typo.yaml'), ketamine(dir).toString().replace(TYPO_FROM, TYPO_TO));
		const { errors, atlas } = validate(dir);
		expect(errors.map(located)).toEqual(
			[
				`${dir}/dangling.yaml:1:1 [broken-link]`,
				`${dir}/loop.yaml:1:1 [unreadable-file]`,
				`${dir}/old.yaml:1:1 [folder-named-like-file]`,
				`${dir}/outside.yaml:1:1 [link-outside-atlas]`,
				`${dir}/typo.yaml:${typoAt.line}:${typoAt.column} [unknown-entity]`,
				`${dir}/sources/older.yaml:1:1 [folder-named-like-file]`
			].sort(sourcesFirst)
		);
		// The messages name what the link points at, and why a looping link cannot be read.
		const byRule = (rule: string) => errors.find((d) => d.rule === rule)?.message;
		expect(byRule('broken-link')).toBe(`a link to a missing file (${dir}/missing.yaml)`);
		expect(byRule('link-outside-atlas')).toBe(`a link to ${outside}, outside the atlas folder`);
		expect(byRule('unreadable-file')).toBe(
			'cannot read the file: a link that leads back to itself'
		);
		expect(atlas.pathways.map((p) => p.id)).toEqual(['ketamine', 'typo']);
	});

	it('follows a link that stays inside the atlas folder', () => {
		const dir = validCopy();
		mkdirSync(join(dir, 'drafts'));
		renameSync(join(dir, 'ketamine.yaml'), join(dir, 'drafts/ketamine.txt'));
		symlinkSync(join(dir, 'drafts/ketamine.txt'), join(dir, 'ketamine.yaml'));
		const { errors, atlas } = validate(dir);
		expect(errors).toEqual([]);
		expect(atlas.pathways.map((p) => p.id)).toEqual(['ketamine']);
	});
});

/** Sources are reported before pathways (root cause first). */
function sourcesFirst(a: string, b: string): number {
	const tier = (s: string) => (s.includes('/sources/') ? 0 : 1);
	return tier(a) - tier(b) || (a < b ? -1 : a > b ? 1 : 0);
}

describe('paths as the user gave them (case 17)', () => {
	it('an atlas folder outside the working folder is printed as given, not chopped or made relative', () => {
		const dir = validCopy();
		writeFileSync(join(dir, 'typo.yaml'), ketamine(dir).toString().replace(TYPO_FROM, TYPO_TO));
		const { errors } = validate(dir);
		expect(errors.map((d) => d.path)).toEqual([join(dir, 'typo.yaml')]);
	});

	it('a relative folder stays relative, with "./" and a trailing slash tidied', () => {
		const dir = validCopy();
		writeFileSync(join(dir, 'typo.yaml'), ketamine(dir).toString().replace(TYPO_FROM, TYPO_TO));
		const given = `./${relative(process.cwd(), dir)}/`;
		const files = readCuratedDir(given);
		expect(files.root).toBe(relative(process.cwd(), dir));
		expect(validateAtlas(files).errors.map((d) => d.path)).toEqual([
			`${relative(process.cwd(), dir)}/typo.yaml`
		]);
	});
});
