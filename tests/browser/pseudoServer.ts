/**
 * A dev server whose pages are made in the pseudo-locale too (ATLAS_PSEUDO_LOCALE=1), at /xa/…:
 * it renders the few pages a test asks for, where a second build would make the whole site.
 */
import { spawn } from 'node:child_process';
import { expect } from '@playwright/test';

export interface PseudoServer {
	url: string;
	stop: () => void;
}

async function answers(url: string): Promise<boolean> {
	try {
		return (await fetch(url)).ok;
	} catch {
		return false;
	}
}

export async function startPseudoServer(port: number): Promise<PseudoServer> {
	const child = spawn('npx', ['vite', 'dev', '--port', String(port), '--strictPort'], {
		env: {
			...process.env,
			ATLAS_PSEUDO_LOCALE: '1',
			// its own dependency cache and SvelteKit working folder, as the other dev servers have
			VITE_CACHE_DIR: 'node_modules/.vite-pseudo',
			ATLAS_KIT_DIR: '.scratch/pseudo-kit'
		},
		stdio: 'ignore',
		detached: true
	});
	const url = `http://localhost:${port}`;
	await expect.poll(() => answers(`${url}/xa`), { timeout: 120_000 }).toBe(true);
	return {
		url,
		stop: () => {
			if (child.pid) process.kill(-child.pid, 'SIGTERM');
		}
	};
}
