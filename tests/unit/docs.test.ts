/**
 * The README is for newcomers: at most 1,500 words, with a link to every page of docs/, where the
 * rest lives by reader. Every link between the README and docs/ leads to a file that exists, and
 * to a heading of it when it names one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/fixtures.ts';

const README = join(REPO_ROOT, 'README.md');
const DOCS = join(REPO_ROOT, 'docs');
const MAX_README_WORDS = 1500;

const docsPages = readdirSync(DOCS)
	.filter((name) => name.endsWith('.md'))
	.sort();
const pages = [README, ...docsPages.map((name) => join(DOCS, name))];
const read = (file: string) => readFileSync(file, 'utf8');

/** Words as `wc -w` counts them: runs of characters between white space. */
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The markdown's links, code blocks and code spans left out (their brackets are not links). */
function links(markdown: string): string[] {
	const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
	return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

/** A heading's anchor as GitHub writes it: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.trim()
		.replace(/\s/g, '-');

function anchors(markdown: string): Set<string> {
	const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
	return new Set([...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1]!)));
}

describe('the README', () => {
	const text = read(README);

	it(`is at most ${MAX_README_WORDS.toLocaleString('en')} words`, () => {
		expect(wordCount(text)).toBeLessThanOrEqual(MAX_README_WORDS);
	});

	it('links to every page of docs/', () => {
		const linked = new Set(links(text).map((l) => l.split('#')[0]));
		expect(docsPages.filter((name) => !linked.has(`docs/${name}`))).toEqual([]);
	});

	it('names the two commands and the test scripts', () => {
		expect(text).toContain('npm install && npm start');
		expect(text).toContain('npm test');
		const scripts = Object.keys(
			(JSON.parse(read(join(REPO_ROOT, 'package.json'))) as { scripts: Record<string, string> })
				.scripts
		);
		for (const script of [
			'test:unit',
			'test:cli',
			'test:browser',
			'validate',
			'check',
			'lint',
			'bench'
		]) {
			expect(scripts).toContain(script);
			expect(text).toContain(`npm run ${script}`);
		}
	});
});

describe('the links of the README and docs/', () => {
	it('lead to files that exist, and to headings that exist', () => {
		const broken: string[] = [];
		for (const page of pages) {
			for (const link of links(read(page))) {
				if (/^[a-z]+:/i.test(link)) continue;
				const [path, fragment] = link.split('#') as [string, string | undefined];
				const target = path ? join(dirname(page), path) : page;
				const where = `${relative(REPO_ROOT, page)}: ${link}`;
				if (!existsSync(target)) broken.push(`${where} (no such file)`);
				else if (fragment && target.endsWith('.md') && !anchors(read(target)).has(fragment))
					broken.push(`${where} (no such heading)`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('are found by the link reader, anchors as GitHub writes them', () => {
		expect(links('See [a](docs/a.md#b), `[c](d)` and\n```\n[e](f)\n```\n')).toEqual([
			'docs/a.md#b'
		]);
		expect(anchor('Adding an export format')).toBe('adding-an-export-format');
		expect(anchor('The files in `pathways/`')).toBe('the-files-in-pathways');
	});
});
