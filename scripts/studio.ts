/**
 * npm run studio [-- --port <n>] [--no-open]: the dev server with the curation studio on,
 * listening on this machine only, opened at /studio. `ATLAS_DIR` chooses the atlas folder.
 */
import { createServer } from 'vite';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 5173;
if (!Number.isInteger(port) || port <= 0) {
	console.error('studio: --port takes a port number, e.g. --port 5174');
	process.exit(1);
}

process.env.ATLAS_STUDIO = '1';
const server = await createServer({
	server: { host: '127.0.0.1', port, open: args.includes('--no-open') ? false : '/studio' }
});
await server.listen();
server.printUrls();
