/**
 * An unreadable file is a located error and the rest of the atlas is still validated (case 9).
 * Permissions cannot take read access away from every user (the tests may run as root), so the
 * file system answers EACCES for one file here, exactly as Node reports it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readCuratedDir } from '../../src/lib/server/readCuratedDir.ts';
import { validateAtlas } from '../../src/lib/validate/validateAtlas.ts';
import { FIXTURES } from './helpers/fixtures.ts';

vi.mock('node:fs', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs')>();
	const readFileSync = ((path: string, ...rest: unknown[]) => {
		if (String(path).endsWith('locked.yaml')) {
			throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
				code: 'EACCES',
				errno: -13,
				syscall: 'open',
				path
			});
		}
		return (fs.readFileSync as (...a: unknown[]) => unknown)(path, ...rest);
	}) as typeof fs.readFileSync;
	return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const root = mkdtempSync(join(tmpdir(), 'atlas-unreadable-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('an unreadable file', () => {
	it('is reported at its path, and the other files are read and validated', () => {
		const dir = join(root, 'atlas');
		cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
		writeFileSync(join(dir, 'locked.yaml'), 'title: locked');
		writeFileSync(join(dir, 'sources/locked.yaml'), 'title: locked');
		const { errors, atlas } = validateAtlas(readCuratedDir(dir));
		expect(errors).toEqual(
			['sources/locked.yaml', 'locked.yaml'].map((name) => ({
				rule: 'unreadable-file',
				severity: 'error',
				path: join(dir, name),
				line: 1,
				column: 1,
				message: 'cannot read the file: permission denied',
				hint: 'make the file readable (e.g. chmod a+r), or move it out of the atlas folder'
			}))
		);
		expect(atlas.pathways.map((p) => p.id)).toEqual(['ketamine']);
		expect([...atlas.sources.keys()].sort()).toEqual(['jelen-2021', 'niciu-2014']);
	});
});
