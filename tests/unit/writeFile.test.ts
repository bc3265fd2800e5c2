/**
 * Nothing lost: the one write routine (a temporary file in the target's folder, flushed, renamed)
 * leaves the old file whole when the process dies before the rename, never writes through a
 * symbolic link, and lets the studio refuse an edit when the file changed while it validated.
 * add-source, the export CLI and the studio all write through it. add-source killed at its write
 * and its rename (strace, a child process): tests/cli/write-routine.test.ts.
 */
import { spawnSync } from 'node:child_process';
import {
	chmodSync,
	cpSync,
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
	removeFileSafely,
	WriteConflict,
	WriteRefusal,
	writeFileSafely
} from '../../src/lib/server/writeFile.js';
import { studioMiddleware } from '../../src/lib/studio/node/middleware.ts';
import { AtlasStore, StudioRefusal } from '../../src/lib/studio/node/atlasStore.ts';
import { addSourceRun, inputFixture } from './helpers/addSource.ts';
import { runExport } from './helpers/cli.ts';
import { FIXTURES, REPO_ROOT } from './helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const folder = () => {
	const dir = join(work, `case-${++n}`);
	mkdirSync(dir);
	return dir;
};
const copyAtlas = () => {
	const dir = join(folder(), 'atlas');
	cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
	return dir;
};
const hidden = (dir: string) => readdirSync(dir).filter((f) => f.startsWith('.'));

describe('the write routine', () => {
	it('creates and replaces a file, keeping its mode, and leaves no temporary file', () => {
		const dir = folder();
		const file = join(dir, 'a.txt');
		writeFileSafely(file, 'one');
		chmodSync(file, 0o640);
		writeFileSafely(file, new TextEncoder().encode('two'));
		expect(readFileSync(file, 'utf8')).toBe('two');
		expect(statSync(file).mode & 0o777).toBe(0o640);
		expect(readdirSync(dir)).toEqual(['a.txt']);
	});

	it("refuses a symbolic link at the target, and leaves the link's target untouched", () => {
		const dir = folder();
		const victim = join(dir, 'victim.yaml');
		writeFileSync(victim, 'precious');
		const link = join(dir, 'out.svg');
		symlinkSync(victim, link);
		expect(() => writeFileSafely(link, '<svg/>')).toThrow(WriteRefusal);
		expect(() => writeFileSafely(link, '<svg/>')).toThrow(
			/out\.svg is a symbolic link \(to .*victim\.yaml\)/
		);
		expect(() => removeFileSafely(link)).toThrow(/is a symbolic link/);
		expect(readFileSync(victim, 'utf8')).toBe('precious');
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(hidden(dir)).toEqual([]);
	});

	it('refuses a folder at the target', () => {
		const dir = folder();
		mkdirSync(join(dir, 'sub'));
		expect(() => writeFileSafely(join(dir, 'sub'), 'x')).toThrow(/is not a plain file/);
	});

	it('asks, immediately before the rename, whether the file is still as read', () => {
		const dir = folder();
		const file = join(dir, 'a.yaml');
		writeFileSync(file, 'read');
		const write = () =>
			writeFileSafely(file, 'mine', {
				unchanged: (found) => (found?.toString() === 'read' ? undefined : 'it changed'),
				beforeRename: () => undefined
			});
		writeFileSync(file, 'theirs');
		expect(write).toThrow(WriteConflict);
		expect(readFileSync(file, 'utf8')).toBe('theirs');
		expect(hidden(dir)).toEqual([]);
	});

	it('leaves the old file whole when the process dies between the write and the rename', () => {
		const dir = folder();
		const file = join(dir, 'source.yaml');
		writeFileSync(file, 'old: whole\n');
		const script = join(dir, 'crash.mjs');
		writeFileSync(
			script,
			`import { writeFileSafely } from ${JSON.stringify(join(REPO_ROOT, 'src/lib/server/writeFile.js'))};\n` +
				`writeFileSafely(${JSON.stringify(file)}, 'new: ' + 'x'.repeat(100000), {\n` +
				`\tbeforeRename: () => process.kill(process.pid, 'SIGKILL')\n});\n`
		);
		const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
		expect(run.signal).toBe('SIGKILL');
		expect(readFileSync(file, 'utf8')).toBe('old: whole\n');
		// the new text was written whole beside it, and never renamed into place
		const [temporary] = hidden(dir);
		expect(readFileSync(join(dir, temporary!), 'utf8')).toHaveLength(100005);
	});
});

describe('add-source', () => {
	const args = (dir: string, id: string) => [
		'--file',
		inputFixture('pubmed-structured.xml'),
		'--id',
		id,
		'--force',
		'--dir',
		dir
	];

	it('--force onto a source that links outside the atlas is refused; the file outside stays', async () => {
		const dir = copyAtlas();
		const outside = join(dir, '..', 'outside.yaml');
		writeFileSync(outside, 'not the atlas: keep\n');
		symlinkSync(outside, join(dir, 'sources', 'victim.yaml'));
		const run = await addSourceRun(args(dir, 'victim'));
		expect(run.status).toBe(1);
		expect(run.err).toMatch(
			/^add-source: .*victim\.yaml is a symbolic link .*not written through it/
		);
		expect(readFileSync(outside, 'utf8')).toBe('not the atlas: keep\n');
	});
});

describe('the export CLI', () => {
	it("refuses a symbolic link among its files, and leaves the atlas's file untouched", async () => {
		const dir = copyAtlas();
		const out = join(dir, '..', 'out');
		const exportSvg = () => runExport(['ketamine', '--format', 'svg', '--out', out, '--dir', dir]);
		expect((await exportSvg()).status).toBe(0);
		const entities = readFileSync(join(dir, 'entities.yaml'), 'utf8');
		rmSync(join(out, 'ketamine.light.svg'));
		symlinkSync(join(dir, 'entities.yaml'), join(out, 'ketamine.light.svg'));
		const run = await exportSvg();
		expect(run.status).toBe(1);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/^export: .*ketamine\.light\.svg is a symbolic link/);
		expect(run.stdout).not.toMatch(/replaced/);
		expect(readFileSync(join(dir, 'entities.yaml'), 'utf8')).toBe(entities);
	});
});

describe('the studio', () => {
	afterEach(() => vi.restoreAllMocks());

	/** An editor saves `file` while the studio validates an edit (its second validation). */
	function saveDuringValidation(dir: string, file: string, text: string) {
		const validate = AtlasStore.prototype.validate;
		vi.spyOn(AtlasStore.prototype, 'validate').mockImplementation(function (
			this: AtlasStore,
			changed
		) {
			const result = validate.call(this, changed);
			if (changed && Object.keys(changed).length) writeFileSync(join(dir, file), text);
			return result;
		});
	}

	it("refuses an edit when the file changed during validation, and keeps the editor's save", () => {
		const dir = copyAtlas();
		const store = new AtlasStore(dir);
		const before = readFileSync(join(dir, 'ketamine.yaml'), 'utf8');
		const editors = before.replace('title:', '# saved in an editor\ntitle:');
		saveDuringValidation(dir, 'ketamine.yaml', editors);
		let refusal: unknown;
		try {
			store.apply(
				{ kind: 'add-step', pathway: 'ketamine', show: ['mtor'], narration: 'Again.' },
				store.hashes()
			);
		} catch (e) {
			refusal = e;
		}
		expect(refusal).toBeInstanceOf(StudioRefusal);
		expect((refusal as StudioRefusal).reason).toBe('conflict');
		expect((refusal as StudioRefusal).message).toMatch(
			/^ketamine\.yaml changed on disk while the studio was checking your edit .*line \d+ now reads "# saved in an editor"/
		);
		expect(readFileSync(join(dir, 'ketamine.yaml'), 'utf8')).toBe(editors);
		expect(hidden(dir)).toEqual([]);
		expect(store.nextUndo('ketamine')).toBeUndefined();
	});

	it('answers HTTP 409 with the conflict, not 200', async () => {
		const { createServer, request } = await import('node:http');
		const dir = copyAtlas();
		const token = 'b'.repeat(48);
		const handle = studioMiddleware({ dir, token });
		const server = createServer((req, res) => handle(req, res, () => res.end()));
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const port = (server.address() as { port: number }).port;
		const post = (path: string, body: unknown) =>
			new Promise<{ status: number; body: Record<string, unknown> }>((done, fail) => {
				const headers = {
					host: `localhost:${port}`,
					origin: `http://localhost:${port}`,
					'x-studio-token': token,
					'content-type': 'application/json'
				};
				const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
					let text = '';
					res.on('data', (c) => (text += c));
					res.on('end', () => done({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
				});
				req.on('error', fail);
				req.end(JSON.stringify(body));
			});
		try {
			const state = await post('/studio/api/state', {});
			const editors = readFileSync(join(dir, 'ketamine.yaml'), 'utf8') + '# an editor was here\n';
			saveDuringValidation(dir, 'ketamine.yaml', editors);
			const reply = await post('/studio/api/action', {
				action: { kind: 'add-step', pathway: 'ketamine', show: ['mtor'], narration: 'Again.' },
				hashes: state.body.hashes
			});
			expect(reply.status).toBe(409);
			expect(reply.body.reason).toBe('conflict');
			expect(reply.body.message).toMatch(/changed on disk while the studio was checking your edit/);
			expect(readFileSync(join(dir, 'ketamine.yaml'), 'utf8')).toBe(editors);
		} finally {
			await new Promise((done) => server.close(done));
		}
	});

	it('writes an edit as before when nothing changed', () => {
		const dir = copyAtlas();
		const store = new AtlasStore(dir);
		store.apply(
			{ kind: 'add-step', pathway: 'ketamine', show: ['mtor'], narration: 'Again.' },
			store.hashes()
		);
		expect(readFileSync(join(dir, 'ketamine.yaml'), 'utf8')).toMatch(/narration: Again\./);
		expect(existsSync(join(dir, 'ketamine.yaml'))).toBe(true);
		expect(hidden(dir)).toEqual([]);
	});
});
