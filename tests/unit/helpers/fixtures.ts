/**
 * Fixture folders for the validator tests.
 *
 * tests/fixtures/valid/ is a complete, valid atlas (no errors, no warnings).
 * tests/fixtures/errors/<kind>/ and tests/fixtures/warnings/<kind>/ are overlays: each holds
 * only the files that differ from valid/, at the same relative paths, so that every test
 * shows exactly the one file that is wrong. Other folders (four-problems/, no-entities/)
 * are complete atlas folders on their own.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCuratedDir } from '../../../src/lib/server/readCuratedDir.ts';
import { fileId, type CuratedFiles, type TextFile } from '../../../src/lib/validate/files.ts';
import { validateAtlas, type ValidationResult } from '../../../src/lib/validate/validateAtlas.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(REPO_ROOT, 'tests/fixtures');
export const REAL_PATHWAYS = join(REPO_ROOT, 'pathways');

/** A path under tests/fixtures/ as the validator prints it (relative to the working directory). */
export function fixturePath(...parts: string[]): string {
	return relative(process.cwd(), join(FIXTURES, ...parts));
}

/** Reads a complete fixture folder, e.g. "valid" or "four-problems". */
export function readFixture(name: string): CuratedFiles {
	return readCuratedDir(fixturePath(name));
}

function replaceById(base: TextFile[], over: TextFile[]): TextFile[] {
	const replaced = new Set(over.map((f) => fileId(f.path)));
	return [...base.filter((f) => !replaced.has(fileId(f.path))), ...over];
}

/** The valid atlas with the files of tests/fixtures/<overlay>/ put in place of (or beside) its own. */
export function readOverlay(overlay: string): CuratedFiles {
	const base = readFixture('valid');
	const over = readFixture(overlay);
	return {
		root: base.root,
		entities: over.entities ?? base.entities,
		references: over.references ?? base.references,
		sources: replaceById(base.sources, over.sources),
		pathways: replaceById(base.pathways, over.pathways)
	};
}

export const validateFixture = (name: string): ValidationResult => validateAtlas(readFixture(name));
export const validateOverlay = (overlay: string): ValidationResult =>
	validateAtlas(readOverlay(overlay));

/** Writes files (relative path → text) to a fresh temporary folder; returns it and a cleanup. */
export function writeTempFolder(files: Record<string, string>): {
	dir: string;
	remove: () => void;
} {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
	for (const [path, text] of Object.entries(files)) {
		const full = join(dir, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	}
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** 1-based line and column of the first occurrence of `needle` in `text` (to check positions). */
export function positionOf(
	text: string,
	needle: string,
	from = 0
): { line: number; column: number } {
	const at = text.indexOf(needle, from);
	if (at < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
	const before = text.slice(0, at).split('\n');
	return { line: before.length, column: (before.at(-1) as string).length + 1 };
}
