/**
 * A small static file server for the benchmark's sites, on ports 4300 and up (not the tests').
 * Files are kept in memory once read, as a static host would, and each server runs in its own
 * process (serveInChild), so the Playwright driver's work never delays a response.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** Serves `root` on `port` from this process. */
export function serve(root: string, port: number): Promise<StaticServer> {
	const cache = new Map<string, { type: string; body: Buffer } | null>();
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		let hit = cache.get(path);
		if (hit === undefined) {
			const file = resolveFile(root, path);
			hit = file
				? { type: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) }
				: null;
			cache.set(path, hit);
		}
		if (!hit) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res
			.writeHead(200, {
				'content-type': hit.type,
				'content-length': hit.body.length,
				'cache-control': 'no-store'
			})
			.end(hit.body);
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () =>
			done({
				url: `http://127.0.0.1:${port}`,
				close: () => new Promise<void>((closed) => server.close(() => closed()))
			})
		);
	});
}

/** Serves `root` on `port` from a child process. */
export function serveInChild(root: string, port: number): Promise<StaticServer> {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', 'bench/server.ts', resolve(root), String(port)],
		{
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	return new Promise((done, fail) => {
		child.once('error', fail);
		child.once('exit', (code) => fail(new Error(`the server for ${root} exited (${code})`)));
		child.stdout.once('data', () =>
			done({
				url: `http://127.0.0.1:${port}`,
				close: () =>
					new Promise<void>((closed) => {
						child.removeAllListeners('exit');
						child.once('exit', () => closed());
						child.kill();
					})
			})
		);
	});
}

// Run as a program: `tsx bench/server.ts <root> <port>` says "ready" once it listens.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const [root, port] = process.argv.slice(2);
	serve(resolve(root!), Number(port)).then(() => process.stdout.write('ready\n'));
}
