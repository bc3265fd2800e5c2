/**
 * What `npm run build` (vite build) says and refuses, as a child process. An invalid atlas gets the
 * validator's located messages once, one summary line and status 1, with no stack trace; an atlas
 * with no pathway yet builds an index that says so; an output folder the guard refuses stops the
 * build with one line, before anything is written or emptied. Which folders the guard refuses is
 * tested in-process in tests/unit/outputGuard.test.ts.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import {
	fixturePath,
	FIXTURES,
	REPO_ROOT,
	validateFixture,
	writeTempFolder
} from '../unit/helpers/fixtures.ts';
import { buildAtlas } from './helpers/build.ts';
import { spawned, type ScriptRun } from './helpers/run.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-build-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const atlas = join(work, 'atlas');
cpSync(join(FIXTURES, 'valid'), atlas, { recursive: true });
const ATLAS_FILES = ['entities.yaml', 'ketamine.yaml', 'references.yaml', 'sources'];

const refused = (result: ScriptRun, rule: RegExp) => {
	expect(result.status).toBe(1);
	expect(result.stderr.trim().split('\n')).toHaveLength(1);
	expect(result.stderr).toMatch(rule);
};

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

describe('npm run build on an atlas with no pathway yet', () => {
	// The validator's warning for such an atlas: tests/unit/buildMessages.test.ts.
	it('builds an index that says there is nothing yet and how to add a pathway', async () => {
		const valid = (name: string) => readFileSync(fixturePath('valid', name), 'utf8');
		const folder = writeTempFolder({
			'entities.yaml': valid('entities.yaml'),
			'references.yaml': valid('references.yaml'),
			'sources/niciu-2014.yaml': valid('sources/niciu-2014.yaml'),
			'sources/jelen-2021.yaml': valid('sources/jelen-2021.yaml')
		});
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

describe('npm run build refusing its output folders, in a temporary copy of the project', () => {
	const project = join(work, 'project');
	mkdirSync(project);
	for (const f of [
		'src',
		'static',
		'package.json',
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json'
	])
		cpSync(join(REPO_ROOT, f), join(project, f), { recursive: true });
	cpSync(atlas, join(project, 'pathways'), { recursive: true });
	symlinkSync(join(REPO_ROOT, 'node_modules'), join(project, 'node_modules'));
	mkdirSync(join(project, '.git', 'objects'), { recursive: true });
	writeFileSync(join(project, '.git', 'HEAD'), 'ref: refs/heads/main\n');
	const tsconfig = readFileSync(join(project, 'tsconfig.json'), 'utf8');
	const build = (env: Record<string, string>) =>
		spawned('npx', ['vite', 'build'], { ATLAS_KIT_DIR: '.scratch/kit', ...env }, project);

	it('refuses ATLAS_BUILD_DIR=.git in one line, exit 1, and leaves the repository whole', () => {
		refused(
			build({ ATLAS_BUILD_DIR: '.git' }),
			/^build: ATLAS_BUILD_DIR \.git lies inside the project/
		);
		expect(readFileSync(join(project, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
		expect(existsSync(join(project, '.git', 'objects'))).toBe(true);
	});

	it('refuses ATLAS_KIT_DIR=. and leaves the project whole', () => {
		refused(build({ ATLAS_KIT_DIR: '.' }), /^build: ATLAS_KIT_DIR \. is the project's folder/);
		expect(readFileSync(join(project, 'tsconfig.json'), 'utf8')).toBe(tsconfig);
	});
});

describe('npm run build refusing its output folder, here', () => {
	it('refuses ATLAS_BUILD_DIR holding ATLAS_DIR, and deletes nothing', () => {
		const build = spawned('npx', ['vite', 'build'], { ATLAS_DIR: atlas, ATLAS_BUILD_DIR: work });
		refused(build, /^build: ATLAS_BUILD_DIR .* choose a folder of its own/);
		expect(readdirSync(atlas).sort()).toEqual(ATLAS_FILES);
	});
});
