import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { layoutCodeVersion } from '../../src/lib/server/layoutCache.ts';
import { importSpecifiers, moduleClosure } from '../../src/lib/server/moduleClosure.ts';

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A fake project whose layout entry imports a chain of modules. */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'layout-key-'));
	temps.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

const chain = {
	'src/lib/layout/layoutPathway.ts': "import { a } from './a.ts';\nexport const x = a;",
	'src/lib/layout/a.ts':
		"import { SUPPORTS } from '../schema/vocabulary.ts';\nexport const a: number = SUPPORTS.length;",
	'src/lib/schema/vocabulary.ts': "export const SUPPORTS = ['stated', 'listed'] as const;",
	'src/lib/unrelated.ts': 'export const u = 1;'
};

describe('the layout cache key follows the layout’s real imports', () => {
	it('reaches the vocabulary, whose support order decides each edge’s support', () => {
		const files = moduleClosure('src/lib/layout/layoutPathway.ts')!.map((f) =>
			f.slice(process.cwd().length + 1)
		);
		expect(files).toContain('src/lib/schema/vocabulary.ts');
		expect(files).toContain('src/lib/layout/layered.ts');
	});

	it('changes when a transitively imported module changes, not when another does', () => {
		const root = project(chain);
		const before = layoutCodeVersion(root);
		writeFileSync(join(root, 'src/lib/unrelated.ts'), 'export const u = 2;');
		expect(layoutCodeVersion(root)).toBe(before);
		writeFileSync(
			join(root, 'src/lib/schema/vocabulary.ts'),
			"export const SUPPORTS = ['listed', 'stated'] as const;"
		);
		expect(layoutCodeVersion(root)).not.toBe(before);
	});

	it('reads imports with a lexer: dynamic ones and re-exports, not words in comments or strings', () => {
		const source = [
			"import { a } from './a.ts';",
			"import type { T } from './types.ts';",
			"export { b } from './b.ts';",
			"// import { fake } from './in-a-comment.ts';",
			'const text: string = "import(\'./in-a-string.ts\')";',
			"export const load = () => import('./later.ts');",
			'export const n = <T,>(x: T): T => x;'
		].join('\n');
		expect(importSpecifiers(source)).toEqual(['./a.ts', './b.ts', './later.ts']);
	});

	it('is undefined when an imported module is missing', () => {
		const root = project({ ...chain, 'src/lib/layout/a.ts': "import { b } from './b.ts';" });
		expect(layoutCodeVersion(root)).toBeUndefined();
	});
});
