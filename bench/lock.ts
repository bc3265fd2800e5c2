/**
 * The build lock shared with the other work in this tree: builds and browser runs share build/,
 * .svelte-kit/ and the machine, so each holds `flock` on one file while it runs. Held by a child
 * `flock` process for as long as `fn` runs; without flock (not Linux), `fn` runs unlocked.
 */
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = process.env.ATLAS_BUILD_LOCK ?? join(tmpdir(), 'atlas-build.lock');

const hasFlock = () => spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;

export async function withLock<T>(
	what: string,
	fn: () => Promise<T>,
	log: (s: string) => void
): Promise<T> {
	if (!hasFlock()) {
		log(`  (no flock here: ${what} runs without the build lock)`);
		return fn();
	}
	const started = performance.now();
	// flock runs `sh`, which says "locked" once the lock is held and keeps it until stdin closes.
	const holder = spawn('flock', [LOCK_FILE, 'sh', '-c', 'echo locked; cat > /dev/null'], {
		stdio: ['pipe', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		holder.stdout.once('data', () => resolve());
		holder.once('error', reject);
		holder.once('exit', (code) => reject(new Error(`flock exited (${code}) before locking`)));
	});
	const waited = performance.now() - started;
	if (waited > 1000) log(`  (waited ${(waited / 1000).toFixed(0)} s for the build lock)`);
	try {
		return await fn();
	} finally {
		holder.stdin.end();
		await new Promise((done) => holder.once('exit', done));
	}
}
