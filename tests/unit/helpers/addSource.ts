/** Runs the add-source command in-process against a fresh copy of the valid fixture atlas. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { main } from '../../../src/lib/sources/command.ts';
import { FIXTURES } from './fixtures.ts';

export const inputFixture = (name: string) => join(FIXTURES, 'add-source', name);

export interface TempAtlas {
	dir: string;
	remove: () => void;
	/** Names of the files in sources/. */
	sourceFiles: () => string[];
	/** A source file's parsed data and its text. */
	readSource: (id: string) => { data: Record<string, unknown>; text: string };
}

export function tempAtlas(): TempAtlas {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-add-source-'));
	cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
	return {
		dir,
		remove: () => rmSync(dir, { recursive: true, force: true }),
		sourceFiles: () => readdirSync(join(dir, 'sources')).sort(),
		readSource: (id) => {
			const text = readFileSync(join(dir, 'sources', `${id}.yaml`), 'utf8');
			return { data: parse(text) as Record<string, unknown>, text };
		}
	};
}

export interface Run {
	status: number;
	out: string;
	err: string;
}

export async function addSourceRun(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
	const out: string[] = [];
	const err: string[] = [];
	const status = await main(
		args,
		env,
		(line) => out.push(line),
		(line) => err.push(line)
	);
	return { status, out: out.join('\n'), err: err.join('\n') };
}
