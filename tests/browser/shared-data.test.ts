/**
 * A pathway's shared data is one file for all its pages in both languages: no page carries it in
 * its HTML or its navigation data, and a reader going from page to page fetches it once.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { decodeShared } from '../../src/lib/pages/sharedPathway.ts';
import { detailsTitle, diagramReady } from './helpers.ts';

const ID = 'sigma-1-modulation';
const SHARED = `/pathways/${ID}/shared.json`;
const PAGES = ['', '/embed', '/practice', '/present', '/present/presenter', '/handout'];
/** Written by the shared data's serialiser for the layout's key: in no page of the pathway. */
const LAYOUT_KEY = '"laidOut"';

test('no page of a pathway carries its shared data; every one asks for the one file', () => {
	const shared = readFileSync(`build${SHARED}`, 'utf8');
	expect(shared).toContain(LAYOUT_KEY);
	for (const lang of ['', '/zh'])
		for (const kind of PAGES) {
			const base = `build${lang}/pathways/${ID}${kind}`;
			const html = readFileSync(`${base}.html`, 'utf8');
			const data = readFileSync(`${base}/__data.json`, 'utf8');
			expect(html, base).not.toContain('laidOut');
			expect(data, base).not.toContain('laidOut');
			expect(html, base).toContain(`<link rel="preload" href="${SHARED}"`);
		}
});

test('from the page to its practice and back, then into Chinese, the shared file is fetched once', async ({
	page
}) => {
	const asked: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname === SHARED) asked.push(r.url());
	});
	await page.goto(`/pathways/${ID}?select=sigma-1-receptor`);
	await expect(detailsTitle(page)).toContainText('igma-1');
	await diagramReady(page);
	await page.getByRole('link', { name: 'Practise' }).click();
	await expect(page).toHaveURL(/\/practice$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.goBack();
	await page.getByRole('link', { name: '中文' }).click();
	await expect(page).toHaveURL(/\/zh\/pathways\//);
	await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
	await expect(detailsTitle(page)).toBeVisible();
	await expect(page.getByTestId('connections').getByRole('link').first()).toBeVisible();
	expect(asked).toHaveLength(1);
});

test("a practice page reads the other pathways' links from the atlas's one file, fetched once", async ({
	page
}) => {
	const LINKS = '/practice-links.json';
	const shared = decodeShared(readFileSync(`build${SHARED}`, 'utf8'));
	const file = JSON.parse(readFileSync(`build${LINKS}`, 'utf8')) as [string, string[]][];
	expect(shared.elsewhere.nodes.length).toBeGreaterThan(0);
	expect(shared.elsewhere).not.toHaveProperty('links');
	expect(file.map(([id]) => id)).toContain(ID);
	const asked: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname === LINKS) asked.push(r.url());
	});
	await page.goto(`/pathways/${ID}/practice`);
	await expect(page.getByRole('radio').first()).toBeVisible();
	await page.getByRole('link', { name: '中文' }).click();
	await expect(page.getByRole('radio').first()).toBeVisible();
	expect(asked).toHaveLength(1);
});
