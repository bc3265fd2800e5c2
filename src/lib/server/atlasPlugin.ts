/**
 * Vite plugin: validates the pathway files before a build, and in the dev server
 * re-validates on every edit, reloading the page or showing the located errors.
 */
import { join, relative, resolve, sep } from 'node:path';
import type { ErrorPayload, HotPayload, Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.ts';
import { atlasUnreadable } from '../rules/atlas-unreadable.ts';
import { atlasDir, validateAtlasDir } from './loadAtlas.ts';
import { FILES_CHANGED_EVENT, isLivePageMessage, type FilesChanged } from '../livePages.ts';

/** The atlas's errors now; a folder that cannot be read at all is one located error, not a throw. */
export function currentErrors(): Diagnostic[] {
	try {
		return validateAtlasDir().errors;
	} catch (e) {
		// The location already names the folder: the message need not repeat it.
		const message = (e instanceof Error ? e.message : String(e)).replace(`${atlasDir()}: `, '');
		return [atlasUnreadable.check(atlasDir(), message)];
	}
}

const buildRefusal = (count: number) =>
	`build: ${count} problem(s) in the pathway files (${atlasDir()}); nothing built. Fix them, or run npm run validate -- --dir ${atlasDir()}`;

function overlayPayload(errors: Diagnostic[]): ErrorPayload {
	const first = errors[0];
	const loc = first ? { file: first.path, line: first.line, column: first.column } : undefined;
	return {
		type: 'error',
		err: {
			message: errors.map(formatDiagnostic).join('\n'),
			stack: '',
			plugin: 'mechanism-atlas',
			...(first ? { id: first.path, loc } : {})
		}
	};
}

/** Whether a page of the dev server shows changes itself (it said so on its socket). */
type IsLive = (socket: unknown) => boolean;

/** Pages that show changes themselves are told of the change; every other page gets `payload`. */
function announce(server: ViteDevServer, payload: HotPayload, change: FilesChanged, live: IsLive) {
	const clients = [...server.ws.clients];
	// With no page open the payload waits for the next one to connect (Vite keeps the last).
	if (!clients.length) return server.ws.send(payload);
	for (const client of clients) {
		if (live(client.socket)) client.send(FILES_CHANGED_EVENT, change);
		else client.send(payload);
	}
}

function report(server: ViteDevServer, change: FilesChanged, live: IsLive): void {
	const file = join(atlasDir(), change.files[0] ?? '');
	const errors = currentErrors();
	if (!errors.length) {
		server.config.logger.info(`atlas: ${file} is valid, reloading`, { timestamp: true });
		announce(server, { type: 'full-reload', path: '*' }, change, live);
		return;
	}
	const payload = overlayPayload(errors);
	server.config.logger.error(`atlas: ${errors.length} problem(s)\n${payload.err.message}`, {
		timestamp: true
	});
	announce(server, payload, change, live);
}

/** Marks the sockets of pages that say they show changes themselves. */
function livePages(server: ViteDevServer): IsLive {
	const live = new WeakSet<object>();
	server.ws.on('connection', (socket) => {
		socket.on('message', (raw) => {
			if (isLivePageMessage(raw)) live.add(socket);
		});
	});
	return (socket) => typeof socket === 'object' && socket !== null && live.has(socket);
}

/** How long the atlas files must be still before an edit is validated. */
const SETTLE_MS = 80;

export interface AtlasPluginOptions {
	/** A change that needs no reload: a file written by an editor that shows the change itself. */
	quiet?: (file: string) => boolean;
}

export function atlasPlugin({ quiet = () => false }: AtlasPluginOptions = {}): Plugin {
	let command: 'build' | 'serve' = 'serve';
	return {
		name: 'mechanism-atlas',
		configResolved(config) {
			command = config.command;
		},
		buildStart() {
			if (command !== 'build') return;
			const errors = currentErrors();
			if (!errors.length) return;
			// Once each, then one line, and no stack trace: a thrown error would be printed twice,
			// wrapped in the bundler's own trace. Nothing has been written yet.
			for (const d of errors) console.error(formatDiagnostic(d));
			console.error(buildRefusal(errors.length));
			process.exit(1);
		},
		configureServer(server) {
			const dir = resolve(atlasDir());
			server.watcher.add(dir);
			const live = livePages(server);
			// A save can reach the watcher as several events (the file emptied, then written): the
			// files are read once they have been still for a moment, never half-written, and only
			// then is it asked whether the studio wrote them.
			const changed = new Set<string>();
			let pending: ReturnType<typeof setTimeout> | undefined;
			const settle = () => {
				const files = [...changed].filter((file) => !quiet(file));
				changed.clear();
				if (files.length) report(server, { files: files.map((f) => relative(dir, f)) }, live);
			};
			const onChange = (file: string) => {
				if (!file.startsWith(dir + sep) || !/\.ya?ml$/i.test(file)) return;
				changed.add(file);
				clearTimeout(pending);
				pending = setTimeout(settle, SETTLE_MS);
			};
			server.watcher.on('change', onChange);
			server.watcher.on('add', onChange);
			server.watcher.on('unlink', onChange);
			// A page opened or reloaded while the files are invalid shows the overlay too.
			server.ws.on('connection', () => {
				const errors = currentErrors();
				if (errors.length) setTimeout(() => server.ws.send(overlayPayload(errors)), 50);
			});
		}
	};
}
