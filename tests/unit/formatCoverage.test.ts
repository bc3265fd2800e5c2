/**
 * Prettier sees every source file: an ignore pattern without a leading slash matches folders of
 * that name anywhere (`pathways/` once hid src/routes/…/pathways, `schema/` src/lib/schema).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/fixtures.ts';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return sourceFiles(full);
		return /\.(ts|js|svelte)$/.test(name) ? [full] : [];
	});
}

describe('formatting', () => {
	it('covers every source file under src/, scripts/, bench/ and tests/unit/', async () => {
		const files = ['src', 'scripts', 'bench', 'tests/unit', 'tests/browser'].flatMap((d) =>
			sourceFiles(join(REPO_ROOT, d))
		);
		expect(files.length).toBeGreaterThan(100);
		const ignorePath = join(REPO_ROOT, '.prettierignore');
		const ignored: string[] = [];
		for (const file of files) {
			const info = await prettier.getFileInfo(file, { ignorePath });
			if (info.ignored) ignored.push(relative(REPO_ROOT, file));
		}
		expect(ignored).toEqual([]);
	});
});
