/** Puts the studio on the dev server: its middleware, and a quiet watcher for its own writes. */
import { resolve } from 'node:path';
import type { ViteDevServer } from 'vite';
import { newToken, STUDIO_PATH, studioMiddleware } from './middleware.ts';

/** Files the studio wrote in the last moments: their change needs no page reload. */
const QUIET_MS = 3000;
const ownWrites = new Map<string, number>();

export function studioWrote(full: string): void {
	ownWrites.set(resolve(full), Date.now());
}

export function isStudioWrite(full: string): boolean {
	const at = ownWrites.get(resolve(full));
	return at !== undefined && Date.now() - at < QUIET_MS;
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
