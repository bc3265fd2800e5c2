/**
 * Messages in the user's words: a sources that is a file is named once (not a cascade of
 * "unknown source … known sources: none"), a multi-document YAML file is explained without the
 * library's advice to programmers, and add-source never makes a mistyped --dir into a new atlas.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { addSourceRun, inputFixture } from './helpers/addSource.ts';
import { FIXTURES, readFixture } from './helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-messages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('messages in the user’s words', () => {
	it('a sources that is a file is named once, and the quotes into it are counted, not reported', () => {
		const dir = join(work, 'sources-file');
		cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
		rmSync(join(dir, 'sources'), { recursive: true });
		writeFileSync(join(dir, 'sources'), 'I meant to be a folder');
		const { errors } = validateAtlas(readCuratedDir(dir));
		expect(errors.map((d) => d.rule)).toEqual(['sources-not-a-folder']);
		expect(errors[0]!.message).toBe('sources is a file, not a folder');
		expect(errors[0]!.hint).toMatch(
			/; \d+ quotes in the pathways are not checked until this is fixed$/
		);
	});

	it('a file of two YAML documents is explained, without the library’s advice', () => {
		const base = readFixture('valid');
		const text = `${base.pathways[0]!.text}---\ntitle: another\n`;
		const { errors } = validateAtlas({ ...base, pathways: [{ ...base.pathways[0]!, text }] });
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toBe(
			'YAML syntax error: the file holds more than one YAML document (a line "---" starts another)'
		);
		expect(errors[0]!.hint).toMatch(/remove the "---" line/);
		expect(JSON.stringify(errors)).not.toMatch(/parseAllDocuments/);
	});

	it('add-source with --dir at a missing folder says so, and makes no folder', async () => {
		const missing = join(work, 'no-such-atlas');
		const run = await addSourceRun([
			'--file',
			inputFixture('pubmed-structured.xml'),
			'--dir',
			missing
		]);
		expect(run.status).toBe(1);
		expect(run.err).toMatch(/^add-source: --dir .*no-such-atlas: there is no such folder/);
		expect(existsSync(missing)).toBe(false);
	});

	it('add-source with a file where sources/ should be says so', async () => {
		const dir = join(work, 'add-source-sources-file');
		cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
		rmSync(join(dir, 'sources'), { recursive: true });
		writeFileSync(join(dir, 'sources'), 'x');
		const run = await addSourceRun(['--file', inputFixture('pubmed-structured.xml'), '--dir', dir]);
		expect(run.status).toBe(1);
		expect(run.err).toMatch(/sources is a file, not a folder/);
		expect(run.err).not.toMatch(/ENOTDIR|EEXIST/);
	});
});
