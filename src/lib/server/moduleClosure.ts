/**
 * The source files a module depends on: itself and every module it imports through a relative
 * specifier, transitively (static, type-only, re-exports and dynamic imports alike). Packages are
 * not followed; their versions are hashed separately.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const SPECIFIER =
	/(?:\bimport\s[^'"]*?\bfrom\s*|\bexport\s[^'"]*?\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

/** Every module specifier a source imports or re-exports: static, type-only and dynamic. */
export function importSpecifiers(source: string): string[] {
	return [...source.matchAll(SPECIFIER)].map((m) => m[1] ?? '');
}

const relativeImports = (source: string): string[] =>
	importSpecifiers(source).filter((s) => /^\.{1,2}\//.test(s));

/** Absolute paths of `entry` and everything it imports relatively, sorted; undefined if one is missing. */
export function moduleClosure(entry: string): string[] | undefined {
	const seen = new Set<string>();
	const queue = [resolve(entry)];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		if (!existsSync(file)) return undefined;
		seen.add(file);
		for (const spec of relativeImports(readFileSync(file, 'utf8'))) {
			queue.push(resolve(dirname(file), spec));
		}
	}
	return [...seen].sort();
}
