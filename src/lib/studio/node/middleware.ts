/**
 * The studio's endpoint on the dev server (only with `npm run studio`). A request is answered
 * only when it comes from this machine, names this machine as its host (no DNS rebinding),
 * and, for the API, carries the session's token and a same-origin `Origin` header: a web page
 * in another tab can neither read the token nor write.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { onlineOptionsFromEnv } from '../../sources/online.ts';
import { InputError, NetworkError } from '../../sources/errors.ts';
import { prepareSource, SourceExists, UsageError } from '../../sources/addSource.ts';
import { addedLines } from '../../sources/printAdded.ts';
import { AtlasStore, StudioRefusal } from './atlasStore.ts';
import {
	checkedBody,
	isRoute,
	MalformedRequest,
	studioAction,
	type RequestBody,
	type Route
} from './requests.ts';
import { studioState } from './studioState.ts';

export const STUDIO_PATH = '/studio';
const API = `${STUDIO_PATH}/api/`;
const MAX_BODY = 5_000_000;

export interface StudioOptions {
	dir: string;
	token?: string;
	/** Told of every file the studio writes (the dev server then needs no page reload). */
	onWrite?: (full: string, text: string | null) => void;
	/** The page's HTML through the dev server (its client script and module graph). */
	transformHtml?: (url: string, html: string) => Promise<string>;
}

type Next = (err?: unknown) => void;
type Handler = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export const newToken = (): string => randomBytes(24).toString('hex');

function sameToken(given: string | undefined, token: string): boolean {
	if (!given || given.length !== token.length) return false;
	return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/** Why a request is refused, or undefined when it may go on. */
export function forbidden(req: IncomingMessage, token: string, api: boolean): string | undefined {
	if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return 'the studio answers this machine only';
	const host = req.headers.host ?? '';
	if (!LOCAL_HOST.test(host)) return 'the studio answers requests for localhost only';
	if (!api) return undefined;
	if (req.headers.origin !== `http://${host}`) return 'a request from another origin';
	const given = req.headers['x-studio-token'];
	if (!sameToken(typeof given === 'string' ? given : undefined, token))
		return 'a request without the session token';
	return undefined;
}

function send(res: ServerResponse, status: number, body: unknown): void {
	res.statusCode = status;
	res.setHeader('content-type', 'application/json; charset=utf-8');
	res.setHeader('cache-control', 'no-store');
	res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<unknown> {
	return new Promise((done, fail) => {
		let size = 0;
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => {
			size += c.length;
			if (size > MAX_BODY) fail(new StudioRefusal('bad-request', 'the request is too large'));
			else chunks.push(c);
		});
		req.on('end', () => {
			try {
				done(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
			} catch {
				fail(new StudioRefusal('bad-request', 'the request is not JSON'));
			}
		});
		req.on('error', fail);
	});
}

const STATUS: Record<StudioRefusal['reason'], number> = {
	'bad-request': 400,
	invalid: 422,
	conflict: 409,
	'nothing-to-undo': 409,
	exists: 409
};

/** What the import wrote, and the report the CLI prints: record, numbered sentences, verdict. */
async function importSource(
	store: AtlasStore,
	b: RequestBody<'import'>
): Promise<{ changed: string[]; source: string; report: string[] }> {
	try {
		// The text sent is what is read: its name is only a name (for the record's "from"), never a path.
		const name = basename(b.name || 'pasted.txt').slice(-100) || 'pasted.txt';
		const prepared = await prepareSource({
			dir: store.dir,
			...(b.text !== undefined && { file: name, fileText: b.text }),
			...(b.pmid && { pmid: b.pmid }),
			...(b.doi && { doi: b.doi }),
			force: b.replace === true,
			given: {},
			online: onlineOptionsFromEnv(process.env),
			now: new Date()
		});
		const path = `sources/${basename(prepared.full)}`;
		const changed = prepared.replaced
			? store.replace(path, prepared.yamlText, b.hashes[path], b.pathway)
			: store.create(path, prepared.yamlText, b.pathway);
		// written only if the whole atlas validated with it (AtlasStore.commit)
		const report = [...addedLines({ ...prepared, path }), `Validator: ${path} is valid`];
		return { changed, source: prepared.id, report };
	} catch (e) {
		if (e instanceof SourceExists)
			throw new StudioRefusal(
				'exists',
				`this source is in the atlas already (sources/${e.file}): replace it, or cancel`
			);
		if (e instanceof InputError) throw new StudioRefusal('bad-request', e.format());
		if (e instanceof NetworkError) throw new StudioRefusal('bad-request', e.format());
		if (e instanceof UsageError) throw new StudioRefusal('bad-request', e.message);
		throw e;
	}
}

async function answer(store: AtlasStore, route: Route, body: unknown): Promise<unknown> {
	if (route === 'state') return studioState(store, checkedBody(route, body).pathway);
	if (route === 'action') {
		const b = checkedBody(route, body);
		return { changed: store.apply(studioAction(b.action), b.hashes, b.pathway) };
	}
	if (route === 'undo') return store.undo(checkedBody(route, body).pathway);
	if (route === 'redo') return store.redo(checkedBody(route, body).pathway);
	return importSource(store, checkedBody('import', body));
}

/** The pathway a request names, when it names one as text (for the state sent with a refusal). */
const pathwayOf = (body: unknown): string | undefined => {
	const pathway = (body as { pathway?: unknown } | null)?.pathway;
	return typeof pathway === 'string' ? pathway : undefined;
};

/** The files as they are now, or nothing when they cannot be read (the refusal says why). */
function stateOrNothing(store: AtlasStore, body: unknown) {
	try {
		return studioState(store, pathwayOf(body));
	} catch {
		return undefined;
	}
}

const oneLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0];

async function api(store: AtlasStore, req: IncomingMessage, res: ServerResponse, route: string) {
	if (req.method !== 'POST') return send(res, 405, { message: 'the studio API takes POST' });
	if (!isRoute(route))
		return send(res, 404, { reason: 'bad-request', message: `the studio has no "${route}"` });
	let body: unknown = {};
	try {
		body = await readBody(req);
		send(res, 200, await answer(store, route, body));
	} catch (e) {
		if (e instanceof MalformedRequest)
			return send(res, 400, { reason: 'bad-request', message: e.message });
		if (!(e instanceof StudioRefusal)) {
			// A failure of the studio itself: one line to the page, the whole of it to the terminal.
			console.error(e);
			return send(res, 500, { reason: 'failed', message: `the studio failed: ${oneLine(e)}` });
		}
		// A refusal is answered with the files as they are now: the page reloads them.
		const state = stateOrNothing(store, body);
		send(res, STATUS[e.reason], { reason: e.reason, message: e.message, state });
	}
}

export function pageHtml(token: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="studio-token" content="${token}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>Studio · Mechanism Atlas</title>
</head>
<body>
<div id="studio"></div>
<script type="module" src="/src/lib/studio/client/main.ts"></script>
</body>
</html>`;
}

/** The studio's middleware: its page at /studio, its API under /studio/api/. */
export function studioMiddleware(options: StudioOptions): Handler {
	const store = new AtlasStore(options.dir, options.onWrite);
	const token = options.token ?? newToken();
	return (req, res, next) => {
		const path = (req.url ?? '').split('?')[0] ?? '';
		if (path !== STUDIO_PATH && !path.startsWith(API)) return next();
		const refused = forbidden(req, token, path !== STUDIO_PATH);
		if (refused) return send(res, 403, { reason: 'forbidden', message: refused });
		if (path.startsWith(API)) {
			api(store, req, res, path.slice(API.length)).catch(next);
			return;
		}
		const html = pageHtml(token);
		(options.transformHtml ? options.transformHtml(path, html) : Promise.resolve(html))
			.then((out) => {
				res.setHeader('content-type', 'text/html; charset=utf-8');
				res.setHeader('cache-control', 'no-store');
				res.end(out);
			})
			.catch(next);
	};
}
