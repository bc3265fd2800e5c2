/** A studio dev server (npm run studio) on a fresh copy of the valid fixture atlas. */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export interface StudioServer {
	url: string;
	dir: string;
	read: (path: string) => string;
	stop: () => Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}

/**
 * `dir`: the folder to copy the atlas into (a fresh temporary one if not given); `env`: more of the
 * server's environment (the bench keeps SvelteKit's working files in its scratch folder).
 */
export async function startStudio(
	port: number,
	dir = mkdtempSync(join(tmpdir(), 'atlas-studio-e2e-')),
	env: Record<string, string> = {}
): Promise<StudioServer> {
	cpSync('tests/fixtures/valid', dir, { recursive: true });
	const child: ChildProcess = spawn(
		'npx',
		['tsx', 'scripts/studio.ts', '--port', String(port), '--no-open'],
		{
			env: {
				...process.env,
				ATLAS_DIR: dir,
				VITE_CACHE_DIR: 'node_modules/.vite-studio',
				// Its own SvelteKit working folder: a sync into the shared .svelte-kit/ rewrites files
				// the other dev servers serve, and they reload their open pages mid-test.
				ATLAS_KIT_DIR: '.scratch/studio-e2e/kit',
				...env
			},
			stdio: 'ignore',
			detached: true
		}
	);
	const url = `http://localhost:${port}`;
	await expect.poll(() => reachable(`${url}/studio`), { timeout: 120_000 }).toBe(true);
	return {
		url,
		dir,
		read: (path) => readFileSync(join(dir, path), 'utf8'),
		stop: async () => {
			if (child.pid) process.kill(-child.pid, 'SIGTERM');
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Selects a phrase of a sentence with the mouse: pressed before its first letter, released after its last. */
export async function dragSelect(page: Page, sentence: number, phrase: string): Promise<void> {
	// A press inside the last selection would drag it: click elsewhere first, as one does.
	await page.getByRole('group', { name: 'Source' }).locator('legend').click();
	await page
		.locator('[data-start]')
		.nth(sentence - 1)
		.scrollIntoViewIfNeeded();
	const box = await page.evaluate(
		({ n, text }) => {
			const spans = [...document.querySelectorAll<HTMLElement>('[data-start]')];
			const span = spans[n - 1];
			const node = span?.firstChild;
			const at = span?.textContent?.indexOf(text) ?? -1;
			if (!node || at < 0) return undefined;
			const rect = (from: number, to: number) => {
				const r = document.createRange();
				r.setStart(node, from);
				r.setEnd(node, to);
				return r.getClientRects()[0];
			};
			const first = rect(at, at + 1);
			const last = rect(at + text.length - 1, at + text.length);
			if (!first || !last) return undefined;
			return {
				x0: first.left + 1,
				y0: first.top + first.height / 2,
				x1: last.right - 1,
				y1: last.top + last.height / 2
			};
		},
		{ n: sentence, text: phrase }
	);
	if (!box) throw new Error(`"${phrase}" is not in sentence ${sentence}`);
	await page.mouse.move(box.x0, box.y0);
	await page.mouse.down();
	await page.mouse.move(box.x1, box.y1, { steps: 5 });
	await page.mouse.up();
	await expect(page.locator('.picked')).toHaveText(`Selected: “${phrase}”`);
}
