/** Puts the studio on the dev server: its middleware, and a quiet watcher for its own writes. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ViteDevServer } from 'vite';
import { newToken, STUDIO_PATH, studioMiddleware } from './middleware.ts';

/** What the studio last wrote to each file: a change to that content needs no page reload. */
const ownWrites = new Map<string, string | null>();

export function studioWrote(full: string, text: string | null): void {
	ownWrites.set(resolve(full), text);
}

/** Whether a file is as the studio left it (a hand edit, even a moment later, is not). */
export function isStudioWrite(full: string): boolean {
	const path = resolve(full);
	if (!ownWrites.has(path)) return false;
	const now = existsSync(path) ? readFileSync(path, 'utf8') : null;
	return now === ownWrites.get(path);
}

export function installStudio(server: ViteDevServer, dir: string): void {
	const token = newToken();
	server.middlewares.use(
		studioMiddleware({
			dir,
			token,
			onWrite: studioWrote,
			transformHtml: (url, html) => server.transformIndexHtml(url, html)
		})
	);
	server.httpServer?.once('listening', () => {
		const address = server.httpServer?.address();
		const port = typeof address === 'object' && address ? address.port : '';
		server.config.logger.info(`\n  studio: http://localhost:${port}${STUDIO_PATH}\n`);
	});
}
