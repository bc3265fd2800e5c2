/**
 * The command-line tools as a user runs them: a child process from the repository root, through
 * tsx (as `npm run <script>` does, without npm's own notices), with its exit status and output.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../unit/helpers/fixtures.ts';

export interface ScriptRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

/** `npm run <script> -- <args>`: scripts/<script>.ts under tsx. */
export function runScript(
	script: string,
	args: string[],
	env: NodeJS.ProcessEnv = {},
	cwd = REPO_ROOT
): ScriptRun {
	return spawned(TSX, [join(REPO_ROOT, 'scripts', script), ...args], env, cwd);
}

/** Any command, e.g. `node scripts/copy-atlas.js` or `npx vite build`. */
export function spawned(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv = {},
	cwd = REPO_ROOT
): ScriptRun {
	const run = spawnSync(command, args, {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		timeout: 120_000
	});
	if (run.error) throw run.error;
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A line of a stack trace ("    at f (file:1:2)"). */
export const STACK_LINE = /^\s+at /m;
