/**
 * Vite plugin: validates the pathway files before a build, and in the dev server
 * re-validates on every edit, reloading the page or showing the located errors.
 */
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic } from '../diagnostics.ts';
import { atlasDir, InvalidAtlasError, validateAtlasDir } from './loadAtlas.ts';

function report(server: ViteDevServer, file: string): void {
	let errors;
	try {
		errors = validateAtlasDir().errors;
	} catch (e) {
		server.config.logger.error(`atlas: ${e instanceof Error ? e.message : String(e)}`);
		return;
	}
	if (!errors.length) {
		server.config.logger.info(`atlas: ${file} is valid, reloading`, { timestamp: true });
		server.ws.send({ type: 'full-reload', path: '*' });
		return;
	}
	const message = errors.map(formatDiagnostic).join('\n');
	server.config.logger.error(`atlas: ${errors.length} problem(s)\n${message}`, { timestamp: true });
	const first = errors[0];
	server.ws.send({
		type: 'error',
		err: {
			message,
			stack: '',
			plugin: 'mechanism-atlas',
			...(first
				? { id: first.path, loc: { file: first.path, line: first.line, column: first.column } }
				: {})
		}
	});
}

export function atlasPlugin(): Plugin {
	let command: 'build' | 'serve' = 'serve';
	return {
		name: 'mechanism-atlas',
		configResolved(config) {
			command = config.command;
		},
		buildStart() {
			if (command !== 'build') return;
			const { errors } = validateAtlasDir();
			if (errors.length) throw new InvalidAtlasError(errors);
		},
		configureServer(server) {
			const dir = resolve(atlasDir());
			server.watcher.add(dir);
			const onChange = (file: string) => {
				if (file.startsWith(dir + sep) && /\.ya?ml$/.test(file))
					report(server, file.slice(process.cwd().length + 1));
			};
			server.watcher.on('change', onChange);
			server.watcher.on('add', onChange);
			server.watcher.on('unlink', onChange);
		}
	};
}
