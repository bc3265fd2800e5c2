/**
 * The export CLI refuses impossible requests with one line and status 1 (steps out of range or
 * missing, --out a file or the atlas itself), and never replaces a file without saying so.
 */
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport as exportRun } from './helpers/cli.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-export-requests-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The valid fixture atlas, with its one pathway's lecture steps taken out. */
const noSteps = join(work, 'no-steps');
cpSync(join(FIXTURES, 'valid'), noSteps, { recursive: true });
const pathwayFile = join(noSteps, 'ketamine.yaml');
const text = readFileSync(pathwayFile, 'utf8');
writeFileSync(pathwayFile, text.slice(0, text.indexOf('\nsteps:') + 1));

const runExport = (...args: string[]) => exportRun(args);

const withSteps = ['--dir', 'tests/fixtures/valid', 'ketamine', '--format', 'svg'];
const stepless = ['--dir', noSteps, 'ketamine', '--format', 'svg'];

async function expectOneLine(args: string[], message: RegExp, out: string) {
	const run = await runExport(...args, '--out', out);
	expect(run.status, run.stderr).toBe(1);
	expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
	expect(run.stderr).toMatch(message);
	expect(run.stderr).not.toMatch(/^\s+at |EEXIST|ambiguous/m);
	expect(run.stdout).toBe('');
}

describe('export: impossible requests', () => {
	it('refuses a step beyond the last, naming how many there are', async () => {
		const out = join(work, 'beyond');
		await expectOneLine(
			[...withSteps, '--step', '999'],
			/--step 999: .*"ketamine" has 3 step\(s\) \(1 to 3\)/,
			out
		);
		expect(readdirSync(work)).not.toContain('beyond');
	});

	it('refuses --step -1 and --step 0 as step numbers', async () => {
		for (const step of ['-1', '0'])
			await expectOneLine(
				[...withSteps, '--step', step],
				/--step -?\d is not a step number \(1, 2, 3/,
				join(work, 'neg')
			);
	});

	it('refuses --step and --steps on a pathway without lecture steps', async () => {
		await expectOneLine(
			[...stepless, '--step', '5'],
			/--step 5: .*"ketamine" has no lecture steps/,
			join(work, 'a')
		);
		await expectOneLine(
			[...stepless, '--steps'],
			/--steps: .*"ketamine" has no lecture steps/,
			join(work, 'b')
		);
	});

	it('refuses an --out that is a file, and leaves the file alone', async () => {
		const file = join(work, 'a-file');
		writeFileSync(file, 'mine');
		await expectOneLine(withSteps, /--out .*a-file is a file, not a folder/, file);
		expect(readFileSync(file, 'utf8')).toBe('mine');
	});

	it('refuses an --out that is, holds or lies inside the atlas folder', async () => {
		const atlas = join(work, 'atlas');
		cpSync(join(FIXTURES, 'valid'), atlas, { recursive: true });
		const args = ['--dir', atlas, 'ketamine', '--format', 'csv'];
		await expectOneLine(args, /--out .* is the atlas folder/, atlas);
		await expectOneLine(args, /--out .* is inside the atlas folder/, join(atlas, 'sources'));
		await expectOneLine(args, /--out .* holds the atlas folder/, work);
		await expectOneLine(args, /--out \. is the project's folder/, '.');
		expect(readdirSync(atlas).sort()).toEqual([
			'entities.yaml',
			'ketamine.yaml',
			'references.yaml',
			'sources'
		]);
	});
});

describe('export: files already in --out', () => {
	it('says which files it replaces, and touches nothing else there', async () => {
		const out = join(work, 'again');
		expect((await runExport(...withSteps, '--out', out)).stdout).toMatch(
			/^wrote .*ketamine\.light\.svg$/m
		);
		writeFileSync(join(out, 'notes.txt'), 'keep me');
		const again = await runExport(...withSteps, '--out', out);
		expect(again.status).toBe(0);
		expect(again.stdout).toMatch(/^replaced .*ketamine\.light\.svg$/m);
		expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
	});

	it('refuses a folder of files no earlier export wrote, and writes nothing there', async () => {
		const theirs = join(work, 'theirs');
		mkdirSync(theirs);
		writeFileSync(join(theirs, 'ketamine.light.svg'), 'a figure drawn by hand');
		await expectOneLine(
			withSteps,
			/^export: --out .*theirs holds 1 file\(s\) that the export CLI did not write \(no \.atlas-output marker\)/,
			theirs
		);
		expect(readdirSync(theirs)).toEqual(['ketamine.light.svg']);
		expect(readFileSync(join(theirs, 'ketamine.light.svg'), 'utf8')).toBe('a figure drawn by hand');
	});

	it('says so in --help', async () => {
		const help = await runExport('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(
			/same name already in --out are replaced.*nothing else there is touched or deleted/
		);
	});
});
