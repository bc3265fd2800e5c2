/**
 * `npm run add-source` as a child process: offline, it says in one line what it could not reach,
 * exits 1, writes nothing and prints no stack trace. The command itself (every input, the online
 * path against a local server) is tested in-process in tests/unit/addSource*.test.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { tempAtlas, type TempAtlas } from '../unit/helpers/addSource.ts';
import { runScript, STACK_LINE } from './helpers/run.ts';

let atlas: TempAtlas | undefined;
afterEach(() => atlas?.remove());

/** The address of a port nothing listens on. */
async function closedPort(): Promise<string> {
	const probe = createServer();
	await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
	const port = (probe.address() as AddressInfo).port;
	await new Promise<void>((done) => probe.close(() => done()));
	return `http://127.0.0.1:${port}`;
}

describe('npm run add-source, as a command', () => {
	it('offline: one line saying what it could not reach, exit 1, nothing written, no stack trace', async () => {
		atlas = tempAtlas();
		const nowhere = await closedPort();
		const run = runScript('add-source.ts', ['--doi', '10.5555/x', '--dir', atlas.dir], {
			ATLAS_IDCONV_URL: nowhere,
			ATLAS_EUTILS_URL: nowhere,
			ATLAS_CROSSREF_URL: nowhere
		});
		expect(run.status).toBe(1);
		const lines = run.stderr.split('\n').filter((l) => l !== '');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^add-source: could not reach PubMed ID converter at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/
		);
		expect(run.stderr).not.toMatch(STACK_LINE);
		expect(atlas.sourceFiles()).toEqual(['jelen-2021.yaml', 'niciu-2014.yaml']);
	});
});
