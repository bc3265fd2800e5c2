/** A fresh copy of the valid fixture atlas for the studio's write-back tests. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './fixtures.ts';

export interface StudioAtlas {
	dir: string;
	read: (path: string) => string;
	remove: () => void;
}

export function studioAtlas(): StudioAtlas {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-studio-'));
	cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
	return {
		dir,
		read: (path) => readFileSync(join(dir, path), 'utf8'),
		remove: () => rmSync(dir, { recursive: true, force: true })
	};
}
