/**
 * The source files a module's code depends on: itself and every module it imports through a
 * relative specifier, transitively (static imports, re-exports and dynamic imports alike). Types
 * are stripped first (esbuild), so a type-only import, which cannot change what the code does, is
 * not followed; the imports are then read by a real lexer (es-module-lexer), never a pattern.
 * Packages are not followed; their versions are hashed separately.
 */
import { transformSync } from 'esbuild';
import { initSync, parse } from 'es-module-lexer';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

initSync();

/** Every module specifier a TypeScript source's code imports or re-exports, dynamic included. */
export function importSpecifiers(source: string): string[] {
	const { code } = transformSync(source, {
		loader: 'ts',
		tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } }
	});
	const [imports] = parse(code);
	return imports.flatMap((i) => (i.n === undefined ? [] : [i.n]));
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
