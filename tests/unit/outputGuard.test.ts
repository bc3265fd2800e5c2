/**
 * Nothing lost: the build, copy-atlas and the guard they share refuse an output folder that is,
 * holds or lies inside the atlas or the project's sources, with one line, before writing anything.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputProblem, protectedFolders } from '../../src/lib/server/outputGuard.js';
import { FIXTURES, REPO_ROOT } from './helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const atlas = join(work, 'atlas');
cpSync(join(FIXTURES, 'valid'), atlas, { recursive: true });
const ATLAS_FILES = ['entities.yaml', 'ketamine.yaml', 'references.yaml', 'sources'];

function run(command: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(command, args, {
		cwd: REPO_ROOT,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', ...env },
		timeout: 120_000
	});
	if (result.error) throw result.error;
	return result;
}

describe('the output-folder guard', () => {
	const keep = protectedFolders(atlas);
	it('refuses the atlas, a folder inside it and a folder holding it', () => {
		expect(outputProblem(atlas, 'X', keep)).toMatch(/is the atlas folder/);
		expect(outputProblem(join(atlas, 'site'), 'X', keep)).toMatch(/is inside the atlas folder/);
		expect(outputProblem(work, 'X', keep)).toMatch(/holds the atlas folder/);
	});

	it("refuses the project's root, its parents and its source folders", () => {
		expect(outputProblem(REPO_ROOT, 'X', keep)).toMatch(/is the project's folder/);
		expect(outputProblem(join(REPO_ROOT, '..'), 'X', keep)).toMatch(
			/is the project's folder or holds it/
		);
		for (const folder of ['src', 'pathways', 'src/routes', 'static'])
			expect(outputProblem(join(REPO_ROOT, folder), 'X', keep), folder).toBeDefined();
	});

	it('lets a folder of its own through, existing or not', () => {
		expect(outputProblem(join(REPO_ROOT, 'build'), 'X', keep)).toBeUndefined();
		expect(outputProblem(join(work, 'site', 'deep'), 'X', keep)).toBeUndefined();
	});
});

describe('the build', () => {
	it('refuses ATLAS_BUILD_DIR equal to, inside or holding ATLAS_DIR, and deletes nothing', () => {
		for (const out of [atlas, join(atlas, 'out'), work, REPO_ROOT, join(REPO_ROOT, 'src')]) {
			const build = run('npx', ['vite', 'build'], { ATLAS_DIR: atlas, ATLAS_BUILD_DIR: out });
			expect(build.status, out).toBe(1);
			expect(build.stderr.trim().split('\n'), out).toHaveLength(1);
			expect(build.stderr).toMatch(/^build: ATLAS_BUILD_DIR .* choose a folder of its own/);
			expect(readdirSync(atlas).sort()).toEqual(ATLAS_FILES);
		}
	});
});

describe('copy-atlas', () => {
	it('never empties a target that is the source or holds it', () => {
		for (const to of [atlas, work]) {
			const copy = run('node', ['scripts/copy-atlas.js', atlas, to]);
			expect(copy.status, to).toBe(1);
			expect(copy.stderr.trim().split('\n')).toHaveLength(1);
			expect(readdirSync(atlas).sort()).toEqual(ATLAS_FILES);
		}
	});

	it('copies into a folder of its own', () => {
		const to = join(work, 'copy');
		expect(run('node', ['scripts/copy-atlas.js', atlas, to]).status).toBe(0);
		expect(readdirSync(to).sort()).toEqual(ATLAS_FILES);
	});
});
