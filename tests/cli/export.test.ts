/**
 * `npm run export` as a child process: its exit status, its arguments parsed from the command
 * line, and what reaches the terminal (one line for a refusal, the validator's located errors,
 * never a stack trace). What it writes is tested in-process in tests/unit/exportCli.test.ts and
 * its neighbours.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript, STACK_LINE } from './helpers/run.ts';

const out = mkdtempSync(join(tmpdir(), 'atlas-export-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const exportRun = (...args: string[]) => runScript('export.ts', args);

describe('npm run export, as a command', () => {
	it('writes what it is asked for, says so, and exits 0', () => {
		const dir = join(out, 'svg');
		const run = exportRun(
			'every-support',
			'--dir',
			'tests/fixtures/gallery',
			'--format',
			'svg',
			'--out',
			dir
		);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(/^wrote .*every-support\.light\.svg$/m);
		expect(readFileSync(join(dir, 'every-support.light.svg'), 'utf8')).toMatch(/^<svg /);
	});

	it('answers a bad argument with one line and a hint, exit 1, no stack trace', () => {
		const run = exportRun('--all', '--formt', 'svg', '--out', out);
		expect(run.status).toBe(1);
		expect(run.stderr.trim().split('\n')).toEqual([
			'export: unknown option --formt (did you mean --format?) (npm run export -- --help)'
		]);
		expect(run.stderr).not.toMatch(STACK_LINE);
	});

	it('prints the validator’s located errors for invalid pathway files, exit 1, exports nothing', () => {
		const dir = join(out, 'invalid');
		const run = exportRun('--all', '--dir', 'tests/fixtures/four-problems', '--format', 'svg');
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/--out is missing/);
		const invalid = exportRun(
			'--all',
			'--dir',
			'tests/fixtures/four-problems',
			'--format',
			'svg',
			'--out',
			dir
		);
		expect(invalid.status).toBe(1);
		expect(invalid.stderr).toMatch(/^tests\/fixtures\/four-problems\/ketamine\.yaml:\d+:\d+: /m);
		expect(invalid.stderr).toMatch(
			/^export: 4 problem\(s\) in the pathway files; nothing exported/m
		);
		expect(invalid.stderr).not.toMatch(STACK_LINE);
		expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
	});

	it('prints its usage for --help, exit 0', () => {
		const help = exportRun('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/^usage: npm run export -- /);
		expect(help.stderr).toBe('');
	});
});
