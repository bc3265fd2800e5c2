/**
 * The command-line tools called in-process, as scripts/*.ts call them, from the repository root
 * (vitest's working folder): what they print is collected as the terminal would show it.
 */
import { run as exportRun } from '../../../src/lib/cli/export.ts';
import type { CommandIo } from '../../../src/lib/cli/io.ts';
import { run as validateRun } from '../../../src/lib/cli/validate.ts';

export interface CliRun {
	status: number;
	stdout: string;
	stderr: string;
}

/** Standard output and error collected in memory, and the environment with `env` on top. */
export function collectingIo(env: NodeJS.ProcessEnv = {}): CommandIo & {
	stdout: () => string;
	stderr: () => string;
} {
	let stdout = '';
	let stderr = '';
	return {
		out: (text) => (stdout += text + '\n'),
		err: (text) => (stderr += text + '\n'),
		env: { ...process.env, ...env },
		stdout: () => stdout,
		stderr: () => stderr
	};
}

/** `npm run validate -- <args>`. */
export function runValidate(args: string[]): CliRun {
	const io = collectingIo();
	const status = validateRun(args, io);
	return { status, stdout: io.stdout(), stderr: io.stderr() };
}

/** `npm run export -- <args>`. */
export async function runExport(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
	const io = collectingIo(env);
	const status = await exportRun(args, io);
	return { status, stdout: io.stdout(), stderr: io.stderr() };
}

/** stderr without npm's own notices ("npm warn …"), which are not the validator's output. */
export function validatorLines(stderr: string): string[] {
	return stderr.split('\n').filter((line) => line !== '' && !/^npm (warn|notice)/i.test(line));
}
