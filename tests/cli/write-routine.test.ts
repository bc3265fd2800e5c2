/**
 * The write routine under a real kill: `npm run add-source` run under strace, killed at its write
 * and at its rename, leaves the source whole, old or new, never empty. The routine itself is
 * tested in-process in tests/unit/writeFile.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputFixture } from '../unit/helpers/addSource.ts';
import { FIXTURES, REPO_ROOT } from '../unit/helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-write-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const copyAtlas = () => {
	const dir = join(work, 'atlas');
	cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
	return dir;
};
const hidden = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.'));
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const hasStrace = spawnSync('strace', ['-V']).status === 0;
const args = (dir: string, id: string) => [
	'--file',
	inputFixture('pubmed-structured.xml'),
	'--id',
	id,
	'--force',
	'--dir',
	dir
];

describe('add-source, killed', () => {
	it.skipIf(!hasStrace)(
		'killed at its write (strace), leaves the source whole, old or new, never empty',
		() => {
			const dir = copyAtlas();
			const target = join(dir, 'sources', 'niciu-2014.yaml');
			const old = readFileSync(target, 'utf8');
			const strace = (inject: string[], path: string[] = []) =>
				spawnSync(
					'strace',
					[
						'-f',
						'-qq',
						'-o',
						'/dev/null',
						...path,
						...inject,
						TSX,
						'scripts/add-source.ts',
						...args(dir, 'niciu-2014')
					],
					{ cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 }
				);
			// Killed at the first write into the source file itself (an in-place writer's first byte):
			// the routine never writes into it, so the run completes with the new source whole.
			strace(['-e', 'trace=write', '-e', 'inject=write:signal=KILL'], ['-P', target]);
			const after = readFileSync(target, 'utf8');
			expect(after === old || /^pmid: ['"]?90000001['"]?$/m.test(after)).toBe(true);
			expect(after.length).toBeGreaterThan(100);
			// Killed at the rename: the new text is whole in a hidden file beside it, the old one stays.
			writeFileSync(target, old);
			const killed = strace([
				'-e',
				'trace=rename,renameat,renameat2',
				'-e',
				'inject=rename,renameat,renameat2:signal=KILL'
			]);
			expect(killed.status).not.toBe(0);
			expect(readFileSync(target, 'utf8')).toBe(old);
			const temporary = hidden(join(dir, 'sources'));
			expect(temporary).toHaveLength(1);
			expect(readFileSync(join(dir, 'sources', temporary[0]!), 'utf8')).toMatch(
				/^pmid: ['"]?90000001['"]?$/m
			);
		}
	);
});
