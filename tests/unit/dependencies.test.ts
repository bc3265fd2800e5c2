/**
 * What runs at run time is declared as such: every package that the site's code (src/) and the
 * command-line tools import is in package.json's `dependencies`, not only in `devDependencies`,
 * so `npm install --omit=dev` can run them and `npm audit --omit=dev` audits them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/fixtures.ts';

/** The command-line tools the docs document (npm run validate, export, add-source). */
const CLI_SCRIPTS = [
	'scripts/validate.ts',
	'scripts/export.ts',
	'scripts/add-source.ts',
	'scripts/copy-atlas.js'
];
/**
 * Imported by src/ only at build time: build tools, not run-time code (vite by the Vite plugin,
 * subset-font by the prerendered Chinese font files).
 */
const BUILD_TOOLS = new Set(['vite', 'subset-font']);

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return filesUnder(full);
		return ['.ts', '.js', '.svelte'].includes(extname(name)) ? [full] : [];
	});
}

/** Package names a file imports for its values (type-only imports vanish when compiled). */
function importedPackages(code: string): string[] {
	const specifiers = [
		...code.matchAll(
			/(?:^|[\n;])\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/g
		),
		...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)
	].map((m) => m[1]!);
	return specifiers
		.filter((s) => !/^(\.|\/|\$|node:)/.test(s) && !builtinModules.includes(s))
		.map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
	dependencies: Record<string, string>;
};
const files = [
	...filesUnder(join(REPO_ROOT, 'src')),
	...CLI_SCRIPTS.map((f) => join(REPO_ROOT, f))
];

describe('package.json', () => {
	it('reads imports as a bundler does', () => {
		const code = [
			"import { a,\n\tb } from 'yaml';",
			"import type { C } from 'vite';",
			"import x from '@scope/pkg/sub';",
			"const m = await import('cytoscape-dagre');",
			"import { d } from './local.ts';",
			"import { e } from 'node:fs';"
		].join('\n');
		expect(importedPackages(code).sort()).toEqual(['@scope/pkg', 'cytoscape-dagre', 'yaml']);
	});

	it('lists every package the site and the CLI import at run time under dependencies', () => {
		const missing = files.flatMap((file) =>
			importedPackages(readFileSync(file, 'utf8'))
				.filter((name) => !BUILD_TOOLS.has(name) && !(name in pkg.dependencies))
				.map((name) => `${relative(REPO_ROOT, file)} imports ${name}`)
		);
		expect(missing).toEqual([]);
		// and the scan sees them: the site's own packages are among those found
		const found = new Set(files.flatMap((f) => importedPackages(readFileSync(f, 'utf8'))));
		for (const name of ['svelte', '@sveltejs/kit', 'cytoscape', 'yaml', 'zod', 'pptxgenjs'])
			expect(found, name).toContain(name);
	});
});
