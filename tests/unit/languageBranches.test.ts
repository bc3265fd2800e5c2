import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The table of languages and the loader of its strings: the only places that name one. */
const TABLES = ['src/lib/i18n/languages.ts', 'src/lib/i18n/strings.ts', 'src/lib/i18n/address.ts'];
const BRANCH = /[!=]==\s*'zh'|'zh'\s*[!=]==/;
/** Where a translation is still read under its file key: parsing gathers it, the studio edits it. */
const FILE_KEYS = ['src/lib/schema/', 'src/lib/validate/', 'src/lib/studio/'];
const FILE_KEY_READ = /\.[a-z]+Zh\b/;

const sources = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sources(path);
		return /\.(ts|js|svelte)$/.test(e.name) ? [relative(process.cwd(), path)] : [];
	});

/** Each line of a file under src matching `pattern`, outside the files `allowed` keeps. */
const linesMatching = (pattern: RegExp, allowed: (file: string) => boolean): string[] =>
	sources('src')
		.filter((file) => !allowed(file))
		.flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []))
		);

describe('languages are data', () => {
	it('no code outside the table of languages branches on Chinese', () => {
		expect(linesMatching(BRANCH, (file) => TABLES.includes(file))).toEqual([]);
	});

	it('reads curated text as Localized: no Zh field outside parsing and the studio, no textIn', () => {
		const parsingOrStudio = (file: string) => FILE_KEYS.some((dir) => file.startsWith(dir));
		expect(linesMatching(FILE_KEY_READ, parsingOrStudio)).toEqual([]);
		expect(linesMatching(/\btextIn\(/, () => false)).toEqual([]);
	});
});
