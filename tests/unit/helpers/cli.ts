/** Runs the validator CLI (scripts/validate.ts) the way a curator does, from the repository root. */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './fixtures.ts';

export interface CliRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

export function runValidate(args: string[]): CliRun {
	const run = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], {
		cwd: REPO_ROOT,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 60_000
	});
	if (run.error) throw run.error;
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** stderr without npm's own notices ("npm warn …"), which are not the validator's output. */
export function validatorLines(stderr: string): string[] {
	return stderr.split('\n').filter((line) => line !== '' && !/^npm (warn|notice)/i.test(line));
}
