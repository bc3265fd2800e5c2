/** Puts the studio on the dev server: its middleware, and a quiet watcher for its own writes. */
import type { ViteDevServer } from 'vite';
import { newToken, STUDIO_PATH, studioMiddleware } from './middleware.ts';
import { studioWrote } from './ownWrites.ts';

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
