/**
 * Every request the importer makes goes through here: NCBI E-utilities (efetch, esearch),
 * PubMed's ID converter and Crossref's REST API. Base URLs can be replaced (tests point them
 * at a local server). NCBI asks for `tool` and `email` on each request and at most three
 * requests a second (ten with an API key); a 429 answer is retried after its Retry-After.
 */
import { NetworkError } from './errors.ts';

export interface Endpoints {
	eutils: string;
	idconv: string;
	crossref: string;
}

export const DEFAULT_ENDPOINTS: Endpoints = {
	eutils: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
	idconv: 'https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles',
	crossref: 'https://api.crossref.org'
};

export interface OnlineOptions {
	endpoints: Endpoints;
	/** Contact address sent as NCBI's `email` and Crossref's `mailto`. */
	email?: string;
	apiKey?: string;
	/** Waits this many milliseconds (replaceable so tests need not sleep for real). */
	sleep?: (ms: number) => Promise<void>;
}

/** Endpoints and credentials from the environment (ATLAS_EUTILS_URL …, NCBI_API_KEY, NCBI_EMAIL). */
export function onlineOptionsFromEnv(env: NodeJS.ProcessEnv): OnlineOptions {
	return {
		endpoints: {
			eutils: env.ATLAS_EUTILS_URL || DEFAULT_ENDPOINTS.eutils,
			idconv: env.ATLAS_IDCONV_URL || DEFAULT_ENDPOINTS.idconv,
			crossref: env.ATLAS_CROSSREF_URL || DEFAULT_ENDPOINTS.crossref
		},
		...(env.NCBI_EMAIL ? { email: env.NCBI_EMAIL } : {}),
		...(env.NCBI_API_KEY ? { apiKey: env.NCBI_API_KEY } : {})
	};
}

export const TOOL = 'mechanism-atlas';
const FROM_FILE =
	'add the source from a file instead: save the record from its PubMed page (Send to: Citation manager) or export it from your reference manager, then run npm run add-source -- --file <file>';
const MAX_RETRIES = 2;
const MAX_RETRY_AFTER_S = 30;
const TIMEOUT_MS = 30_000;

const realSleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
let lastNcbiRequest = 0;

/** Milliseconds to wait before an NCBI request: at most 3 a second, 10 with an API key. */
export function ncbiWait(lastRequestAt: number, now: number, hasApiKey: boolean): number {
	const gap = hasApiKey ? 100 : 340;
	return Math.max(0, lastRequestAt + gap - now);
}

async function ncbiTurn(o: OnlineOptions): Promise<void> {
	const wait = ncbiWait(lastNcbiRequest, Date.now(), o.apiKey !== undefined);
	if (wait > 0) await (o.sleep ?? realSleep)(wait);
	lastNcbiRequest = Date.now();
}

/** Retry-After as seconds or an HTTP date, in milliseconds (at most 30 s). */
export function retryAfterMs(header: string | null): number {
	if (!header?.trim()) return 1000;
	const seconds = Number(header);
	if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds, MAX_RETRY_AFTER_S) * 1000;
	const date = Date.parse(header);
	return Number.isNaN(date)
		? 1000
		: Math.min(Math.max(0, date - Date.now()), MAX_RETRY_AFTER_S * 1000);
}

function unreachable(service: string, url: URL, e: unknown): NetworkError {
	const timedOut = e instanceof Error && e.name === 'TimeoutError';
	const cause = timedOut
		? `no answer in ${TIMEOUT_MS / 1000} s`
		: ((e as { cause?: { code?: string } }).cause?.code ??
			(e instanceof Error ? e.message : String(e)));
	return new NetworkError(
		`could not reach ${service} at ${url.host} (${cause}), perhaps offline`,
		FROM_FILE
	);
}

export interface Answer {
	status: number;
	body: string;
}

/** GETs a URL; answers any HTTP status (callers decide), throws NetworkError when unreachable or still 429. */
export async function get(service: string, url: URL, o: OnlineOptions): Promise<Answer> {
	for (let attempt = 0; ; attempt++) {
		if (service !== 'Crossref') await ncbiTurn(o);
		let response: Response;
		try {
			response = await fetch(url, {
				headers: { 'User-Agent': userAgent(o) },
				signal: AbortSignal.timeout(TIMEOUT_MS)
			});
		} catch (e) {
			throw unreachable(service, url, e);
		}
		const body = await response.text();
		if (response.status !== 429) return { status: response.status, body };
		if (attempt >= MAX_RETRIES) {
			throw new NetworkError(
				`${service} kept answering 429 (too many requests)`,
				`wait a minute and try again, or ${FROM_FILE}`
			);
		}
		await (o.sleep ?? realSleep)(retryAfterMs(response.headers.get('Retry-After')));
	}
}

function userAgent(o: OnlineOptions): string {
	return `${TOOL}${o.email ? ` (mailto:${o.email})` : ''}`;
}

/** A failed HTTP answer as one line: which service, which status, and the way round it. */
export function httpError(service: string, answer: Answer): NetworkError {
	return new NetworkError(`${service} answered HTTP ${answer.status}`, FROM_FILE);
}

/** NCBI's query parameters: tool, email and api_key where known. */
export function ncbiParams(url: URL, o: OnlineOptions): URL {
	url.searchParams.set('tool', TOOL);
	if (o.email) url.searchParams.set('email', o.email);
	if (o.apiKey) url.searchParams.set('api_key', o.apiKey);
	return url;
}

/** A URL under a base, keeping the base's own path: endpoint(base, 'efetch.fcgi'). */
export function endpoint(base: string, path: string): URL {
	return new URL(path, base.endsWith('/') ? base : `${base}/`);
}
