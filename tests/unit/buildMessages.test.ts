/**
 * What the build says: an invalid atlas gets the validator's located messages once, one summary
 * line and status 1, with no stack trace; an atlas with no pathway yet builds an index that says
 * so, and the validator agrees (a warning, status 0).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { buildAtlas } from './helpers/build.ts';
import { runValidate } from './helpers/cli.ts';
import { fixturePath, validateFixture, writeTempFolder } from './helpers/fixtures.ts';

describe('npm run build on an invalid atlas', () => {
	it('prints each located message once, one summary line, exits 1 and writes nothing', async () => {
		const build = await buildAtlas(fixturePath('four-problems'), 'invalid');
		try {
			const expected = validateFixture('four-problems').errors.map(formatDiagnostic).join('\n');
			expect(build.status).toBe(1);
			const lines = build.stderr.trim().split('\n');
			expect(lines.slice(0, -1).join('\n')).toBe(expected);
			expect(lines.at(-1)).toMatch(/^build: 4 problem\(s\) in the pathway files .*nothing built/);
			expect(build.stdout + build.stderr).not.toMatch(/^\s+at |Error:|rolldown/m);
			expect(existsSync(build.site)).toBe(false);
		} finally {
			build.remove();
		}
	});
});

describe('an atlas with no pathway yet', () => {
	const valid = (name: string) => readFileSync(fixturePath('valid', name), 'utf8');
	const atlas = () =>
		writeTempFolder({
			'entities.yaml': valid('entities.yaml'),
			'references.yaml': valid('references.yaml'),
			'sources/niciu-2014.yaml': valid('sources/niciu-2014.yaml'),
			'sources/jelen-2021.yaml': valid('sources/jelen-2021.yaml')
		});

	it('validates with a warning that says so, and status 0', () => {
		const folder = atlas();
		try {
			const run = runValidate(['--dir', folder.dir]);
			expect(run.status).toBe(0);
			expect(run.stderr).toMatch(/:1:1: warning: no pathway files yet/);
			expect(run.stderr).toMatch(/hint: add <id>\.yaml beside entities\.yaml/);
		} finally {
			folder.remove();
		}
	});

	it('builds an index that says there is nothing yet and how to add a pathway', async () => {
		const folder = atlas();
		const build = await buildAtlas(folder.dir, 'empty');
		try {
			expect(build.status, build.stderr).toBe(0);
			// as a reader sees it: without the markers hydration leaves in the HTML
			const shown = (file: string) =>
				readFileSync(join(build.site, file), 'utf8').replace(/<!--.*?-->/g, '');
			const index = shown('index.html');
			expect(index).toContain('No pathways yet');
			expect(index).toMatch(/create <code>&lt;id>\.yaml<\/code>/);
			// and in Chinese at /zh, the code slots filled the same way
			const zh = shown('zh.html');
			expect(zh).toContain('尚无通路');
			expect(zh).toMatch(/创建 <code>&lt;id>\.yaml<\/code>/);
			expect(zh).not.toContain('This atlas has no pathway files yet');
			expect(existsSync(join(build.site, 'pathways'))).toBe(false);
		} finally {
			build.remove();
			folder.remove();
		}
	});
});
