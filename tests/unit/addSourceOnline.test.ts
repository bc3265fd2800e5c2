/**
 * The online path against a local server that answers as E-utilities, PubMed's ID
 * converter and Crossref do, so no test needs the internet.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addSource, type AddSourceOptions } from '../../src/lib/sources/addSource.ts';
import { InputError, NetworkError } from '../../src/lib/sources/errors.ts';
import { ncbiWait, retryAfterMs, type Endpoints } from '../../src/lib/sources/online.ts';
import { addSourceRun, inputFixture, tempAtlas, type TempAtlas } from './helpers/addSource.ts';

const EFETCH_ERROR =
	'<?xml version="1.0" encoding="UTF-8" ?>\n<eFetchResult>\n\t<ERROR>ID list is empty! Possibly it has no correct IDs.</ERROR>\n</eFetchResult>\n';
const EMPTY_SET = '<?xml version="1.0" ?>\n<PubmedArticleSet></PubmedArticleSet>\n';

const CROSSREF_WORK = {
	status: 'ok',
	'message-type': 'work',
	message: {
		DOI: '10.5555/crossref.only',
		URL: 'https://doi.org/10.5555/crossref.only',
		title: ['Arketamine in a <i>Mus musculus</i> model'],
		'container-title': ['Journal of Fictional Neuroscience'],
		'short-container-title': ['J Fict Neurosci'],
		author: [
			{ given: 'Kenta', family: 'Hoshino', sequence: 'first' },
			{ name: 'Fictional Consortium', sequence: 'additional' }
		],
		issued: { 'date-parts': [[2019, 7, 1]] },
		volume: '44',
		issue: '2',
		page: '12-20',
		abstract:
			'<jats:title>Abstract</jats:title><jats:sec><jats:title>Background</jats:title><jats:p>Arketamine is the (R)-enantiomer of ketamine.</jats:p></jats:sec><jats:sec><jats:title>Results</jats:title><jats:p>In <jats:italic>Mus musculus</jats:italic> it acted for 7\u00a0days.</jats:p></jats:sec>'
	}
};

interface Seen {
	path: string;
	query: URLSearchParams;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
let busyOnce = true;

function reply(
	res: ServerResponse,
	status: number,
	body: string,
	headers: Record<string, string> = {}
) {
	res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
	res.end(body);
}

function efetch(id: string | null, res: ServerResponse) {
	if (id === '90000001')
		return reply(res, 200, readFileSync(inputFixture('pubmed-structured.xml'), 'utf8'));
	if (id === '90000002')
		return reply(res, 200, readFileSync(inputFixture('pubmed-two-articles.xml'), 'utf8'));
	if (id === '99999999') return reply(res, 200, EMPTY_SET);
	if (id === '500') return reply(res, 500, 'Internal Server Error');
	return reply(res, 400, EFETCH_ERROR);
}

function handle(req: IncomingMessage, res: ServerResponse) {
	const url = new URL(req.url ?? '/', base);
	seen.push({ path: url.pathname, query: url.searchParams });
	const q = url.searchParams;
	if (url.pathname === '/busy/efetch.fcgi' && busyOnce) {
		busyOnce = false;
		return reply(res, 429, 'Too Many Requests', { 'Retry-After': '2' });
	}
	if (url.pathname.endsWith('/efetch.fcgi')) return efetch(q.get('id'), res);
	if (url.pathname === '/eutils/esearch.fcgi') {
		const idlist = q.get('term') === '10.5555/esearch.only[doi]' ? ['90000002'] : [];
		return reply(
			res,
			200,
			JSON.stringify({ esearchresult: { count: String(idlist.length), idlist } })
		);
	}
	if (url.pathname === '/idconv/') {
		const found = q.get('ids') === '10.5555/fict.2021.0003';
		const record = found
			? { 'requested-id': q.get('ids'), pmcid: 'PMC9900001', pmid: 90000001, doi: q.get('ids') }
			: { 'requested-id': q.get('ids'), status: 'error', errmsg: 'invalid article id' };
		return reply(res, 200, JSON.stringify({ status: 'ok', records: [record] }));
	}
	if (url.pathname === '/crossref/works/10.5555%2Fcrossref.only')
		return reply(res, 200, JSON.stringify(CROSSREF_WORK));
	if (url.pathname === '/crossref/works/10.5555%2Fno.abstract') {
		const { abstract, ...rest } = CROSSREF_WORK.message;
		expect(abstract).toBeDefined();
		return reply(
			res,
			200,
			JSON.stringify({ ...CROSSREF_WORK, message: { ...rest, DOI: '10.5555/no.abstract' } })
		);
	}
	return reply(res, 404, 'Resource not found');
}

beforeAll(async () => {
	server = createServer(handle);
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

let atlas: TempAtlas;
beforeEach(() => {
	atlas = tempAtlas();
	seen.length = 0;
	busyOnce = true;
});
afterEach(() => atlas.remove());

const endpoints = (eutils = 'eutils'): Endpoints => ({
	eutils: `${base}/${eutils}`,
	idconv: `${base}/idconv`,
	crossref: `${base}/crossref`
});

const waits: number[] = [];
function options(input: Partial<AddSourceOptions>, eutils?: string): AddSourceOptions {
	waits.length = 0;
	return {
		dir: atlas.dir,
		force: false,
		given: {},
		now: new Date('2026-01-02T03:04:05Z'),
		online: {
			endpoints: endpoints(eutils),
			email: 'curator@example.org',
			apiKey: 'test-key',
			sleep: async (ms) => {
				waits.push(ms);
			}
		},
		...input
	};
}

async function rejection(promise: Promise<unknown>): Promise<InputError | NetworkError> {
	const e = await promise.then(
		() => undefined,
		(error: unknown) => error
	);
	if (!(e instanceof InputError || e instanceof NetworkError))
		throw new Error(`expected a reported error, got ${String(e)}`);
	return e;
}

describe('add-source --pmid', () => {
	it('fetches the record and abstract with efetch, sending tool, email and api_key', async () => {
		const added = await addSource(options({ pmid: '90000001' }));
		expect(added.id).toBe('muller-2021');
		expect(added.record.text).toMatch(/^BACKGROUND: Ketamine, an NMDA receptor antagonist/);
		const { data } = atlas.readSource('muller-2021');
		expect(data.imported).toEqual({
			format: 'PubMed XML',
			from: 'PMID 90000001 from PubMed (E-utilities efetch)',
			date: '2026-01-02T03:04:05Z'
		});
		const request = seen.find((s) => s.path === '/eutils/efetch.fcgi');
		expect(Object.fromEntries(request?.query ?? [])).toEqual({
			db: 'pubmed',
			id: '90000001',
			retmode: 'xml',
			tool: 'mechanism-atlas',
			email: 'curator@example.org',
			api_key: 'test-key'
		});
	});

	it('reports an efetch error document as PubMed said it, and writes nothing', async () => {
		const e = await rejection(addSource(options({ pmid: '123' })));
		expect(e.format().split('\n')[0]).toBe(
			'PubMed efetch for PMID 123:3:2: PubMed returned an error: ID list is empty! Possibly it has no correct IDs.'
		);
		expect(atlas.sourceFiles()).toEqual(['jelen-2021.yaml', 'niciu-2014.yaml']);
	});

	it('says so when a PMID does not exist', async () => {
		const e = await rejection(addSource(options({ pmid: '99999999' })));
		expect(e.message).toBe('PMID 99999999 does not exist at PubMed');
	});

	it('turns an HTTP error into one line that says how to add the source from a file', async () => {
		const e = await rejection(addSource(options({ pmid: '500' })));
		expect(e).toBeInstanceOf(NetworkError);
		expect(e.format()).toMatch(
			/^add-source: PubMed E-utilities answered HTTP 500; add the source from a file instead: .*--file <file>$/
		);
		expect(e.format()).not.toContain('\n');
	});

	it('waits as long as a 429 answer asks (Retry-After), then fetches', async () => {
		const added = await addSource(options({ pmid: '90000001' }, 'busy'));
		expect(added.id).toBe('muller-2021');
		expect(seen.filter((s) => s.path === '/busy/efetch.fcgi')).toHaveLength(2);
		expect(waits).toContain(2000);
	});
});

describe('add-source --doi', () => {
	it('resolves a DOI through the ID converter and fetches the article from PubMed', async () => {
		const added = await addSource(options({ doi: '10.5555/fict.2021.0003' }));
		expect(added.record.pmid).toBe('90000001');
		expect(seen.map((s) => s.path)).toEqual(['/idconv/', '/eutils/efetch.fcgi']);
		expect(seen[0]?.query.get('tool')).toBe('mechanism-atlas');
		expect(atlas.readSource('muller-2021').data.imported).toMatchObject({
			from: 'DOI 10.5555/fict.2021.0003, PMID 90000001 from PubMed (E-utilities efetch)'
		});
	});

	it("falls back to PubMed's search by DOI for articles outside PubMed Central", async () => {
		const added = await addSource(options({ doi: '10.5555/esearch.only' }));
		expect(added.record.pmid).toBe('90000002');
		expect(added.record.year).toBe(1998);
		expect(seen.map((s) => s.path)).toEqual([
			'/idconv/',
			'/eutils/esearch.fcgi',
			'/eutils/efetch.fcgi'
		]);
	});

	it('takes record and abstract from Crossref when PubMed has no such article', async () => {
		const added = await addSource(options({ doi: '10.5555/crossref.only' }));
		expect(added.kind).toBe('Crossref');
		const { data } = atlas.readSource('hoshino-2019');
		expect(data).toMatchObject({
			title: 'Arketamine in a Mus musculus model',
			authors: ['Hoshino K', 'Fictional Consortium'],
			journal: 'J Fict Neurosci',
			year: 2019,
			volume: '44',
			issue: '2',
			pages: '12-20',
			doi: '10.5555/crossref.only',
			url: 'https://doi.org/10.5555/crossref.only',
			text: 'Background: Arketamine is the (R)-enantiomer of ketamine. Results: In Mus musculus it acted for 7\u00a0days.'
		});
		const crossref = seen.find((s) => s.path.startsWith('/crossref/'));
		expect(crossref?.query.get('mailto')).toBe('curator@example.org');
	});

	it('reports a DOI that neither PubMed nor Crossref has an abstract for', async () => {
		const e = await rejection(addSource(options({ doi: '10.5555/no.abstract' })));
		expect(e.message).toBe('DOI 10.5555/no.abstract has no abstract');
		const unknown = await rejection(addSource(options({ doi: '10.5555/unknown' })));
		expect(unknown.message).toBe('DOI 10.5555/unknown is not known to PubMed or Crossref');
		expect(atlas.sourceFiles()).toEqual(['jelen-2021.yaml', 'niciu-2014.yaml']);
	});
});

describe('add-source <PMID | DOI>', () => {
	const env = () => ({
		ATLAS_EUTILS_URL: `${base}/eutils`,
		ATLAS_IDCONV_URL: `${base}/idconv`,
		ATLAS_CROSSREF_URL: `${base}/crossref`,
		NCBI_EMAIL: 'curator@example.org'
	});

	it('takes a bare PMID as --pmid and a doi.org address as --doi', async () => {
		const byPmid = await addSourceRun(['90000001', '--dir', atlas.dir], env());
		expect(byPmid.err).toBe('');
		expect(byPmid.out).not.toContain('NCBI_EMAIL');
		expect(byPmid.out).toMatch(/^Wrote .*muller-2021\.yaml \(from PubMed XML\)$/m);
		const byDoi = await addSourceRun(
			['https://doi.org/10.5555/crossref.only', '--dir', atlas.dir],
			env()
		);
		expect(byDoi.err).toBe('');
		expect(atlas.readSource('hoshino-2019').data.doi).toBe('10.5555/crossref.only');
		expect(seen.find((s) => s.path === '/eutils/efetch.fcgi')?.query.get('email')).toBe(
			'curator@example.org'
		);
	});
});

describe('add-source offline', () => {
	async function closedPort(): Promise<string> {
		const probe = createServer();
		await new Promise<void>((ready) => probe.listen(0, '127.0.0.1', ready));
		const port = (probe.address() as AddressInfo).port;
		await new Promise<void>((done) => probe.close(() => done()));
		return `http://127.0.0.1:${port}`;
	}

	it('prints one line saying what failed and how to add the source from a file, exits 1, writes nothing', async () => {
		const nowhere = await closedPort();
		const run = await addSourceRun(['--pmid', '90000001', '--dir', atlas.dir], {
			ATLAS_EUTILS_URL: nowhere
		});
		expect(run.status).toBe(1);
		expect(run.out).toBe(
			'note: NCBI asks for a contact address with each request: set NCBI_EMAIL (or give --email)'
		);
		expect(run.err.split('\n')).toHaveLength(1);
		expect(run.err).toMatch(
			/^add-source: could not reach PubMed E-utilities at 127\.0\.0\.1:\d+ \(ECONNREFUSED\), perhaps offline; add the source from a file instead: .*npm run add-source -- --file <file>$/
		);
		expect(atlas.sourceFiles()).toEqual(['jelen-2021.yaml', 'niciu-2014.yaml']);
	});

	// As a child process, with no stack trace: tests/cli/add-source.test.ts.
	it('names the ID converter when a DOI cannot be looked up, in one line', async () => {
		const nowhere = await closedPort();
		const run = await addSourceRun(['--doi', '10.5555/x', '--dir', atlas.dir], {
			ATLAS_IDCONV_URL: nowhere,
			ATLAS_EUTILS_URL: nowhere,
			ATLAS_CROSSREF_URL: nowhere
		});
		expect(run.status).toBe(1);
		expect(run.err.split('\n')).toHaveLength(1);
		expect(run.err).toMatch(
			/^add-source: could not reach PubMed ID converter at 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/
		);
		expect(atlas.sourceFiles()).toEqual(['jelen-2021.yaml', 'niciu-2014.yaml']);
	});
});

describe('NCBI request pacing', () => {
	it('keeps requests a third of a second apart without an API key, a tenth with one', () => {
		expect(ncbiWait(1000, 1000, false)).toBe(340);
		expect(ncbiWait(1000, 1200, false)).toBe(140);
		expect(ncbiWait(1000, 1400, false)).toBe(0);
		expect(ncbiWait(1000, 1050, true)).toBe(50);
	});

	it('reads Retry-After as seconds or a date, within limits', () => {
		expect(retryAfterMs('3')).toBe(3000);
		expect(retryAfterMs('600')).toBe(30_000);
		expect(retryAfterMs(null)).toBe(1000);
		expect(retryAfterMs(new Date(Date.now() - 5000).toUTCString())).toBe(0);
	});
});
