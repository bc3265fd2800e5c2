/**
 * `npm run validate` as a child process: its exit status, its arguments parsed from the command
 * line, and what reaches the terminal (located errors, one line for a folder it cannot read, never
 * a stack trace). What it reports is tested in-process in tests/unit/cli.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runScript, STACK_LINE } from './helpers/run.ts';

const FOUR = 'tests/fixtures/four-problems';
const validate = (...args: string[]) => runScript('validate.ts', args);

describe('npm run validate, as a command', () => {
	it('prints the located errors with their hints and the summary, exits 1, no stack trace', () => {
		const run = validate('--dir', FOUR);
		expect(run.status).toBe(1);
		const lines = run.stderr.split('\n').filter((l) => l !== '');
		const errors = lines.filter((l) => /^\S+:\d+:\d+: (?!warning:)/.test(l));
		expect(errors).toHaveLength(4);
		expect(errors[0]).toBe(`${FOUR}/entities.yaml:11:9: duplicate id "ketamine" [duplicate-id]`);
		for (const line of errors) expect(lines[lines.indexOf(line) + 1]).toMatch(/^ {4}hint: \S/);
		expect(run.stderr + run.stdout).not.toMatch(STACK_LINE);
		expect(run.stdout).toMatch(/^4 error\(s\), 13 warning\(s\)$/m);
	});

	it('takes --quiet and --json from the command line', () => {
		const quiet = validate('--dir', FOUR, '--quiet');
		expect(quiet.status).toBe(1);
		expect(quiet.stderr).not.toMatch(/ warning: /);
		const json = validate('--json', '--dir', 'tests/fixtures/valid');
		expect(json.status).toBe(0);
		expect(JSON.parse(json.stdout)).toMatchObject({ errors: [], warnings: [] });
	});

	it('answers a folder that is not there with one line and its hint, exit 1', () => {
		const run = validate('--dir', 'tests/fixtures/no-such-folder');
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toEqual([
			'validate: tests/fixtures/no-such-folder: no such folder',
			'    hint: npm run validate -- --dir <folder with entities.yaml, sources/ and pathway files>'
		]);
	});
});
