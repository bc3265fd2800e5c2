/**
 * Nothing lost: every command that writes or empties a folder (the build, SvelteKit's working
 * folder, the export CLI, copy-atlas) asks the one guard first, which refuses a file, the project
 * or a folder holding it, the atlas, a folder inside the project other than its output folders, and
 * a folder of files no earlier output of the same kind wrote; with one line, before writing.
 * The build, copy-atlas and the export CLI refusing as child processes: tests/cli/.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	buildFolders,
	buildFoldersProblem,
	markOutput,
	outputProblem,
	type OutputKind
} from '../../src/lib/server/outputGuard.js';
import { FIXTURES, REPO_ROOT } from './helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const atlas = join(work, 'atlas');
cpSync(join(FIXTURES, 'valid'), atlas, { recursive: true });

const inProject = (path: string) => join(REPO_ROOT, path);
const problem = (out: string, kind: OutputKind = 'build', what = 'ATLAS_BUILD_DIR') =>
	outputProblem(out, { what, kind, atlas });

describe('the output-folder guard', () => {
	it('refuses the atlas, a folder inside it and a folder holding it', () => {
		expect(problem(atlas)).toMatch(/is the atlas folder/);
		expect(problem(join(atlas, 'site'))).toMatch(/is inside the atlas folder/);
		expect(problem(work)).toMatch(/holds the atlas folder/);
	});

	it("refuses the project's root and its parents", () => {
		expect(problem(REPO_ROOT)).toMatch(/is the project's folder/);
		expect(problem(join(REPO_ROOT, '..'))).toMatch(/is the project's folder or holds it/);
		expect(outputProblem('.', { what: 'ATLAS_KIT_DIR', kind: 'kit' })).toMatch(
			/^ATLAS_KIT_DIR \. is the project's folder/
		);
	});

	it('refuses a file, and a folder inside a file', () => {
		for (const file of ['package.json', 'tsconfig.json', 'svelte.config.js'])
			expect(problem(inProject(file)), file).toMatch(/is a file, not a folder/);
		expect(problem(inProject('package.json/site'))).toMatch(/lies inside .*package\.json.* a file/);
		const loose = join(work, 'notes.txt');
		writeFileSync(loose, 'mine');
		expect(problem(loose)).toMatch(/is a file, not a folder/);
	});

	it('refuses every folder of the project that is not one of its output folders', () => {
		for (const folder of ['node_modules', 'src', 'src/routes', 'static', 'tests/fixtures'])
			expect(problem(inProject(folder)), folder).toMatch(
				/lies inside the project .*not in one of its output folders/
			);
		// .git: a folder in a clone, a file in a worktree; refused either way.
		expect(problem(inProject('.git'))).toMatch(/lies inside the project|is a file, not a folder/);
		expect(outputProblem(inProject('pathways'), { what: 'ATLAS_KIT_DIR', kind: 'kit' })).toMatch(
			/is the atlas folder \(pathways\)/
		);
		expect(
			outputProblem(inProject('pathways/kit'), { what: 'ATLAS_KIT_DIR', kind: 'kit' })
		).toMatch(/is inside the atlas folder/);
	});

	it("lets the project's output folders through, and a new or empty folder elsewhere", () => {
		for (const folder of ['build', '.scratch/kit', '.svelte-kit', 'test-results', '.dev-atlas'])
			expect(problem(inProject(folder)), folder).toBeUndefined();
		expect(problem(join(work, 'site', 'deep'))).toBeUndefined();
		mkdirSync(join(work, 'empty'));
		expect(problem(join(work, 'empty'))).toBeUndefined();
	});

	it('refuses a folder of files no earlier output of the same kind wrote', () => {
		const home = join(work, 'home');
		mkdirSync(home);
		writeFileSync(join(home, 'thesis.tex'), 'years of work');
		expect(problem(home)).toMatch(
			/^ATLAS_BUILD_DIR .*home holds 1 file\(s\) that the build did not write \(no \.atlas-output marker\), which could be lost: choose an empty or new folder/
		);
		expect(problem(home, 'export', '--out')).toMatch(/that the export CLI did not write/);
		// An earlier export's folder is not a build's to empty.
		const exports = join(work, 'exports');
		markOutput(exports, 'export');
		writeFileSync(join(exports, 'ketamine.light.svg'), '<svg/>');
		expect(problem(exports, 'export', '--out')).toBeUndefined();
		expect(problem(exports)).toMatch(/holds an earlier export output, not one of the build/);
	});

	it("takes SvelteKit's own working files as an earlier working folder", () => {
		const kit = join(work, 'kit');
		mkdirSync(join(kit, 'generated'), { recursive: true });
		writeFileSync(join(kit, 'ambient.d.ts'), '');
		expect(outputProblem(kit, { what: 'ATLAS_KIT_DIR', kind: 'kit', atlas })).toBeUndefined();
		expect(problem(kit)).toMatch(/that the build did not write/);
	});

	it('follows a link to where it leads', () => {
		const link = join(work, 'link-to-atlas');
		symlinkSync(atlas, link);
		expect(problem(link)).toMatch(/is the atlas folder/);
		const intoProject = join(work, 'link-to-project-static');
		symlinkSync(inProject('static'), intoProject);
		expect(problem(intoProject)).toMatch(/lies inside the project \(static\)/);
	});
});

describe("the build's folders (svelte.config.js asks before anything is written)", () => {
	// As `vite build` reads them; the build itself refusing, in one line with status 1 and nothing
	// lost: tests/cli/build.test.ts.
	const refusal = (env: Record<string, string>) =>
		buildFoldersProblem({ ATLAS_KIT_DIR: '.scratch/kit', ...env });

	it('defaults to build/, .svelte-kit/ and pathways/', () => {
		expect(buildFolders({})).toEqual({
			buildDir: 'build',
			kitDir: '.svelte-kit',
			atlas: 'pathways'
		});
		expect(buildFoldersProblem({})).toBeUndefined();
	});

	it('refuses ATLAS_BUILD_DIR=.git', () => {
		// .git: a folder in a clone, a file in a worktree; refused either way.
		expect(refusal({ ATLAS_BUILD_DIR: '.git' })).toMatch(
			/^ATLAS_BUILD_DIR \.git (lies inside the project|is a file, not a folder)/
		);
	});

	it('refuses ATLAS_BUILD_DIR=package.json and node_modules', () => {
		expect(refusal({ ATLAS_BUILD_DIR: 'package.json' })).toMatch(
			/package\.json is a file, not a folder/
		);
		expect(refusal({ ATLAS_BUILD_DIR: 'node_modules' })).toMatch(
			/node_modules .*(lies inside the project|no \.atlas-output marker)/
		);
	});

	it('refuses an unrelated folder of files', () => {
		const home = join(work, 'someone');
		mkdirSync(home);
		writeFileSync(join(home, 'letter.txt'), 'dear…');
		expect(refusal({ ATLAS_BUILD_DIR: home })).toMatch(/no \.atlas-output marker/);
	});

	it('refuses ATLAS_KIT_DIR=. and ATLAS_KIT_DIR=pathways', () => {
		expect(refusal({ ATLAS_KIT_DIR: '.' })).toMatch(/^ATLAS_KIT_DIR \. is the project's folder/);
		expect(refusal({ ATLAS_KIT_DIR: 'pathways' })).toMatch(
			/^ATLAS_KIT_DIR pathways is the atlas folder/
		);
	});

	it('refuses ATLAS_BUILD_DIR and ATLAS_KIT_DIR in each other', () => {
		expect(refusal({ ATLAS_BUILD_DIR: '.scratch/kit/site' })).toMatch(
			/ATLAS_BUILD_DIR .* is inside SvelteKit's working folder/
		);
	});

	it('refuses ATLAS_BUILD_DIR equal to, inside or holding ATLAS_DIR', () => {
		for (const out of [atlas, join(atlas, 'out'), work, REPO_ROOT, join(REPO_ROOT, 'src')])
			expect(buildFoldersProblem({ ATLAS_DIR: atlas, ATLAS_BUILD_DIR: out }), out).toMatch(
				/^ATLAS_BUILD_DIR .* choose a folder of its own/
			);
	});
});
