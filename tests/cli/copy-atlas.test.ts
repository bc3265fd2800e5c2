/**
 * `node scripts/copy-atlas.js <from> <to>` (the dev-server browser test's copy of the atlas) asks
 * the output guard first: it never empties the source, a folder holding it, or a folder of files
 * it did not write. The guard itself is tested in-process in tests/unit/outputGuard.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKER } from '../../src/lib/server/outputGuard.js';
import { FIXTURES } from '../unit/helpers/fixtures.ts';
import { spawned } from './helpers/run.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-copy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const atlas = join(work, 'atlas');
cpSync(join(FIXTURES, 'valid'), atlas, { recursive: true });
const ATLAS_FILES = ['entities.yaml', 'ketamine.yaml', 'references.yaml', 'sources'];
const copyAtlas = (from: string, to: string) =>
	spawned('node', ['scripts/copy-atlas.js', from, to]);

describe('copy-atlas', () => {
	it('never empties a target that is the source or holds it', () => {
		for (const to of [atlas, work]) {
			const copy = copyAtlas(atlas, to);
			expect(copy.status, to).toBe(1);
			expect(copy.stderr.trim().split('\n')).toHaveLength(1);
			expect(readdirSync(atlas).sort()).toEqual(ATLAS_FILES);
		}
	});

	it('never empties a folder of files it did not write', () => {
		const mine = join(work, 'mine');
		mkdirSync(mine);
		writeFileSync(join(mine, 'notes.md'), 'mine');
		const copy = copyAtlas(atlas, mine);
		expect(copy.status).toBe(1);
		expect(copy.stderr).toMatch(/no \.atlas-output marker/);
		expect(readdirSync(mine)).toEqual(['notes.md']);
	});

	it('copies into a folder of its own, and again over its own copy', () => {
		const to = join(work, 'copy');
		expect(copyAtlas(atlas, to).status).toBe(0);
		expect(readdirSync(to).sort()).toEqual([MARKER, ...ATLAS_FILES]);
		expect(copyAtlas(atlas, to).status).toBe(0);
	});
});
