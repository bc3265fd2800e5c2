/** The studio's endpoint, through its real middleware on a real HTTP server on localhost. */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { studioMiddleware } from '../../src/lib/studio/node/middleware.ts';
import { FIXTURES } from './helpers/fixtures.ts';
import { studioAtlas, type StudioAtlas } from './helpers/studioAtlas.ts';

const TOKEN = 'a'.repeat(48);
let atlas: StudioAtlas;
let server: Server;
let port: number;

beforeEach(async () => {
	atlas = studioAtlas();
	const handle = studioMiddleware({ dir: atlas.dir, token: TOKEN });
	server = createServer((req, res) =>
		handle(req, res, () => {
			res.statusCode = 404;
			res.end();
		})
	);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
	await new Promise((done) => server.close(done));
	atlas.remove();
});

interface Reply {
	status: number;
	body: Record<string, unknown>;
	text: string;
}

function post(path: string, body: unknown, headers: Record<string, string>): Promise<Reply> {
	return new Promise((done, fail) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
			let text = '';
			res.on('data', (c) => (text += c));
			res.on('end', () => {
				const json = text.startsWith('{') ? JSON.parse(text) : {};
				done({ status: res.statusCode ?? 0, body: json, text });
			});
		});
		req.on('error', fail);
		req.end(JSON.stringify(body));
	});
}

const own = () => ({
	host: `localhost:${port}`,
	origin: `http://localhost:${port}`,
	'x-studio-token': TOKEN,
	'content-type': 'application/json'
});

function without(headers: Record<string, string>, name: string): Record<string, string> {
	return Object.fromEntries(Object.entries(headers).filter(([k]) => k !== name));
}

const ADD_NODE = { kind: 'add-node', pathway: 'ketamine', entity: 'ketamine' };

async function addNode(headers: Record<string, string>) {
	const state = await post('/studio/api/state', {}, own());
	return post('/studio/api/action', { action: ADD_NODE, hashes: state.body.hashes }, headers);
}

describe('the studio endpoint', () => {
	it('answers its own page with the state and writes an edit', async () => {
		const state = await post('/studio/api/state', { pathway: 'ketamine' }, own());
		expect(state.status).toBe(200);
		expect(Object.keys(state.body.hashes as object)).toContain('ketamine.yaml');
		const before = atlas.read('ketamine.yaml');
		const reply = await post(
			'/studio/api/action',
			{
				action: { kind: 'add-step', pathway: 'ketamine', show: ['mtor'], narration: 'Again.' },
				hashes: state.body.hashes
			},
			own()
		);
		expect(reply.status).toBe(200);
		// the new step goes at the end of the steps list, before what follows it in the file
		const lastStep = 'mTOR是三个靶点之一。\n';
		const at = before.indexOf(lastStep) + lastStep.length;
		expect(atlas.read('ketamine.yaml')).toBe(
			`${before.slice(0, at)}  - show: [mtor]\n    narration: Again.\n${before.slice(at)}`
		);
	});

	it('refuses a request without the token', async () => {
		const reply = await addNode(without(own(), 'x-studio-token'));
		expect(reply.status).toBe(403);
		expect(reply.body.message).toMatch(/token/);
	});

	it('refuses a wrong token', async () => {
		const reply = await addNode({ ...own(), 'x-studio-token': 'b'.repeat(48) });
		expect(reply.status).toBe(403);
	});

	it('refuses a request from another origin, and one with no origin', async () => {
		const other = await addNode({ ...own(), origin: 'http://evil.example' });
		expect(other.status).toBe(403);
		expect(other.body.message).toMatch(/origin/);
		expect((await addNode(without(own(), 'origin'))).status).toBe(403);
	});

	it('refuses a host that is not this machine (DNS rebinding)', async () => {
		const reply = await addNode({
			...own(),
			host: 'evil.example',
			origin: 'http://evil.example'
		});
		expect(reply.status).toBe(403);
		const page = await post('/studio', {}, { host: 'evil.example' });
		expect(page.status).toBe(403);
		expect(page.text).not.toContain(TOKEN);
	});

	it('refuses a path outside the atlas folder and writes nothing', async () => {
		const state = await post('/studio/api/state', {}, own());
		for (const pathway of ['../outside', '../../etc/passwd', 'sources/../../x']) {
			const reply = await post(
				'/studio/api/action',
				{ action: { ...ADD_NODE, pathway }, hashes: state.body.hashes },
				own()
			);
			expect(reply.status).toBe(400);
		}
	});

	it('answers a refused invalid edit with the located message', async () => {
		const state = await post('/studio/api/state', {}, own());
		const reply = await post(
			'/studio/api/action',
			{ action: { ...ADD_NODE, entity: 'nothing-like-it' }, hashes: state.body.hashes },
			own()
		);
		expect(reply.status).toBe(422);
		expect(reply.body.message).toMatch(/ketamine\.yaml:\d+:\d+: /);
	});

	it('answers a conflict with 409 and the files as they are now', async () => {
		const reply = await post(
			'/studio/api/action',
			{ action: ADD_NODE, hashes: { 'ketamine.yaml': 'stale' } },
			own()
		);
		expect(reply.status).toBe(409);
		expect(reply.body.reason).toBe('conflict');
		expect(reply.body.state).toBeTruthy();
	});

	it('answers a malformed request with 400 and one line naming what is wrong, never a stack', async () => {
		const raw = (path: string, text: string) =>
			new Promise<Reply>((done, fail) => {
				const req = request(
					{ host: '127.0.0.1', port, path, method: 'POST', headers: own() },
					(res) => {
						let out = '';
						res.on('data', (c) => (out += c));
						res.on('end', () =>
							done({ status: res.statusCode ?? 0, body: JSON.parse(out), text: out })
						);
					}
				);
				req.on('error', fail);
				req.end(text);
			});
		const state = await post('/studio/api/state', {}, own());
		const hashes = state.body.hashes;
		const cases: [string, unknown, RegExp][] = [
			['/studio/api/state', null, /^the request body is not a JSON object$/],
			['/studio/api/state', [1, 2], /^the request body is not a JSON object$/],
			['/studio/api/state', { pathway: 7 }, /^"pathway": expected string, received number$/],
			['/studio/api/action', { hashes }, /^"action": /],
			['/studio/api/action', { action: { kind: 'add-node' }, hashes }, /^"action\.pathway": /],
			[
				'/studio/api/action',
				{ action: { ...ADD_NODE, entity: 42 }, hashes },
				/^"action\.entity": expected string, received number$/
			],
			['/studio/api/action', { action: { kind: 'explode' }, hashes }, /^"action\.kind": /],
			[
				'/studio/api/action',
				{ action: { kind: 'add-step', pathway: 'ketamine', show: 'mtor', narration: 'x' } },
				/^"action\.show": expected array/
			],
			['/studio/api/import', { name: '/etc/passwd', text: null }, /^"text": expected string/],
			['/studio/api/import', { name: 'x.txt' }, /exactly one of "text", "pmid" or "doi"/]
		];
		for (const [path, body, message] of cases) {
			const reply = await post(path, body, own());
			expect(reply.status, JSON.stringify(body)).toBe(400);
			expect(reply.body.message, JSON.stringify(body)).toMatch(message);
			expect(reply.text).not.toMatch(/\bat \S+ \(|node_modules|TypeError/);
		}
		const notJson = await raw('/studio/api/action', '{"action": ');
		expect([notJson.status, notJson.body.message]).toEqual([400, 'the request is not JSON']);
		expect(atlas.read('ketamine.yaml')).toBe(
			readFileSync(join(FIXTURES, 'valid/ketamine.yaml'), 'utf8')
		);
	});

	it('imports only the text it is sent: a path as its name is only a name', async () => {
		const reply = await post(
			'/studio/api/import',
			{ name: '/etc/hostname', text: 'Not a record at all' },
			own()
		);
		expect(reply.status).toBe(400);
		expect(reply.body.message).not.toMatch(/\/etc\//);
	});

	it('serves its page with the token only to its own host', async () => {
		const page = await post('/studio', {}, { host: `localhost:${port}` });
		expect(page.status).toBe(200);
		expect(page.text).toContain(`<meta name="studio-token" content="${TOKEN}">`);
	});
});
