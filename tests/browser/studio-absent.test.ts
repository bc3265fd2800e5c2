/** The production build holds no studio: no page, no endpoint, no studio code in any file. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const BUILD = process.env.ATLAS_BUILD_DIR || 'build';
/** Strings only the studio's code holds. */
const MARKERS = [
	'studio-token',
	'x-studio-token',
	'/studio/api/',
	'Cite as stated',
	'create-pathway'
];

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

test('no file of the build carries studio code', () => {
	const files = filesUnder(BUILD).filter((f) => /\.(js|html|json|css)$/.test(f));
	expect(files.some((f) => f.endsWith('.js'))).toBe(true);
	const carrying = files.filter((f) => {
		const text = readFileSync(f, 'utf8');
		return MARKERS.some((m) => text.includes(m));
	});
	expect(carrying).toEqual([]);
});

test('the built site answers neither the studio page nor its endpoint', async ({ request }) => {
	expect((await request.get('/studio')).status()).toBe(404);
	const write = await request.post('/studio/api/action', { data: {} });
	expect(write.ok()).toBe(false);
});
