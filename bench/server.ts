/** A small static file server for the benchmark's sites (ports 4300 and up: not the tests' ports). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/** The file a URL path names: itself, `<path>.html` (prerendered pages) or `<path>/index.html`. */
function resolveFile(root: string, urlPath: string): string | undefined {
	const path = normalize(join(root, decodeURIComponent(urlPath)));
	if (path !== root && !path.startsWith(root + sep)) return undefined;
	for (const candidate of [path, `${path}.html`, join(path, 'index.html')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return undefined;
}

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

export function serve(root: string, port: number): Promise<StaticServer> {
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const file = resolveFile(root, url.pathname);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-store'
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () =>
			resolve({
				url: `http://127.0.0.1:${port}`,
				close: () => new Promise<void>((done) => server.close(() => done()))
			})
		);
	});
}
