import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The table of languages and the loader of its strings: the only places that name one. */
const TABLES = ['src/lib/i18n/languages.ts', 'src/lib/i18n/strings.ts', 'src/lib/i18n/address.ts'];
const BRANCH = /[!=]==\s*'zh'|'zh'\s*[!=]==/;

const sources = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sources(path);
		return /\.(ts|js|svelte)$/.test(e.name) ? [relative(process.cwd(), path)] : [];
	});

describe('languages are data', () => {
	it('no code outside the table of languages branches on Chinese', () => {
		const branching = sources('src')
			.filter((file) => !TABLES.includes(file))
			.flatMap((file) =>
				readFileSync(file, 'utf8')
					.split('\n')
					.flatMap((line, i) => (BRANCH.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
			);
		expect(branching).toEqual([]);
	});
});
