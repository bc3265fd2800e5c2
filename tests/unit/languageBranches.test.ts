import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The table of languages: the only place that names one in code. */
const TABLES = ['src/lib/i18n/languages.ts'];
/** The font code chooses by a language's script; it may name one too. */
const FONT_CODE = /^src\/lib\/(server|export\/browser)\/[^/]*(hanFont|rasterise)/;
const BRANCH = /[!=]==\s*['"]zh['"]|['"]zh['"]\s*[!=]==/;
/** Where a translation is still read under its file key: parsing gathers it, the studio edits it. */
const FILE_KEYS = ['src/lib/schema/', 'src/lib/validate/', 'src/lib/studio/', 'src/lib/rules/'];
const FILE_KEY_READ = /\.[a-z]+Zh\b/;
/** Chinese read as a property (`label.zh`) or named as a language (`pick(x, 'zh')`), not a CSS class. */
const CHINESE_BY_NAME = /[\w\])?]\.zh\b|[(,[]\s*'zh'\s*[,)\]]|lang(uage)?:\s*'zh'|"zh-Hans"/;
/** Where a source keeps its translated sentences: the per-language table that reads them. */
const PER_LANGUAGE_TABLES = ['src/lib/i18n/localized.ts'];

const sources = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sources(path);
		return /\.(ts|js|svelte)$/.test(e.name) ? [relative(process.cwd(), path)] : [];
	});

const isComment = (line: string) => /^\s*(\/\/|\/\*|\*)/.test(line);

/** Each code line of a file under src matching `pattern`, outside the files `allowed` keeps. */
const linesMatching = (pattern: RegExp, allowed: (file: string) => boolean): string[] =>
	sources('src')
		.filter((file) => !allowed(file))
		.flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.flatMap((line, i) =>
					pattern.test(line) && !isComment(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []
				)
		);

const parsingOrStudio = (file: string) => FILE_KEYS.some((dir) => file.startsWith(dir));

describe('languages are data', () => {
	it('no code outside the table of languages and the font code branches on Chinese', () => {
		expect(linesMatching(BRANCH, (file) => TABLES.includes(file) || FONT_CODE.test(file))).toEqual(
			[]
		);
	});

	it('the pattern finds a branch on a language, either way round', () => {
		for (const line of [`if (lang === 'zh')`, `'zh' !== lang`, `x ==="zh"`])
			expect(BRANCH.test(line), line).toBe(true);
		expect(BRANCH.test(`const tag = traits.tag;`)).toBe(false);
	});

	it('reads curated text as Localized: no Zh field outside parsing and the studio, no textIn', () => {
		expect(linesMatching(FILE_KEY_READ, parsingOrStudio)).toEqual([]);
		expect(linesMatching(/\btextIn\(/, () => false)).toEqual([]);
	});

	it('names no language outside its table: a text is read in the reader’s language', () => {
		const allowed = (file: string) =>
			TABLES.includes(file) || PER_LANGUAGE_TABLES.includes(file) || parsingOrStudio(file);
		expect(linesMatching(CHINESE_BY_NAME, allowed)).toEqual([]);
		for (const line of ['label.zh', `pick(text, 'zh')`, `{ lang: 'zh' }`, 'lang="zh-Hans"'])
			expect(CHINESE_BY_NAME.test(line), line).toBe(true);
		for (const line of ['.zh {', `class: 'zh'`, `{ zh: '阻断' }`])
			expect(CHINESE_BY_NAME.test(line), line).toBe(false);
	});
});
