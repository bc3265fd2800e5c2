/** A source's record and abstract from PubMed by PMID, or by DOI through PubMed or Crossref. */
import type { Candidate } from './candidate.ts';
import { cslToRecord, type CslItem } from './cslRecord.ts';
import { InputError, NetworkError } from './errors.ts';
import { endpoint, get, httpError, ncbiParams, type OnlineOptions } from './online.ts';
import { readPubmedXml } from './pubmedXml.ts';
import type { InputKind } from './record.ts';

export interface Fetched {
	kind: InputKind;
	/** What was fetched, for messages and the record's provenance: "PMID 123 from PubMed". */
	input: string;
	candidates: Candidate[];
}

export async function fetchPubmed(pmid: string, o: OnlineOptions): Promise<Fetched> {
	const url = ncbiParams(endpoint(o.endpoints.eutils, 'efetch.fcgi'), o);
	url.searchParams.set('db', 'pubmed');
	url.searchParams.set('id', pmid);
	url.searchParams.set('retmode', 'xml');
	const answer = await get('PubMed E-utilities', url, o);
	const where = `PubMed efetch for PMID ${pmid}`;
	const isErrorDocument = answer.body.includes('<eFetchResult');
	if (answer.status !== 200 && !isErrorDocument) throw httpError('PubMed E-utilities', answer);
	const candidates = readPubmedXml(where, answer.body).filter((c) => c.record.pmid === pmid);
	if (candidates.length === 0) {
		throw new InputError(
			where,
			1,
			1,
			`PMID ${pmid} does not exist at PubMed`,
			'check the number on its PubMed page'
		);
	}
	return { kind: 'PubMed XML', input: `PMID ${pmid} from PubMed (E-utilities efetch)`, candidates };
}

function parseJson(service: string, body: string): unknown {
	try {
		return JSON.parse(body);
	} catch {
		throw new NetworkError(
			`${service} answered something that is not JSON`,
			'try again later, or add the source from a file'
		);
	}
}

/** PubMed's ID converter knows the articles in PubMed Central. */
async function pmidFromIdConverter(doi: string, o: OnlineOptions): Promise<string | undefined> {
	const url = ncbiParams(endpoint(o.endpoints.idconv, ''), o);
	url.searchParams.set('ids', doi);
	url.searchParams.set('format', 'json');
	const answer = await get('PubMed ID converter', url, o);
	if (answer.status !== 200) return undefined;
	const data = parseJson('PubMed ID converter', answer.body) as {
		records?: { pmid?: string | number }[];
	};
	const pmid = data.records?.[0]?.pmid;
	return pmid === undefined ? undefined : String(pmid);
}

/** PubMed's search by the [doi] field finds the articles outside PubMed Central too. */
async function pmidFromSearch(doi: string, o: OnlineOptions): Promise<string | undefined> {
	const url = ncbiParams(endpoint(o.endpoints.eutils, 'esearch.fcgi'), o);
	url.searchParams.set('db', 'pubmed');
	url.searchParams.set('term', `${doi}[doi]`);
	url.searchParams.set('retmode', 'json');
	const answer = await get('PubMed E-utilities', url, o);
	if (answer.status !== 200) throw httpError('PubMed E-utilities', answer);
	const data = parseJson('PubMed E-utilities', answer.body) as {
		esearchresult?: { idlist?: string[] };
	};
	const ids = data.esearchresult?.idlist ?? [];
	return ids.length === 1 ? ids[0] : undefined;
}

/** Crossref's JATS abstract: section titles become "Title: " labels; a bare "Abstract" heading goes. */
function crossrefAbstract(jats: string | undefined): string | undefined {
	return jats
		?.replace(/<(jats:)?title>\s*Abstract\s*<\/(jats:)?title>/gi, ' ')
		.replace(
			/<(jats:)?title>([\s\S]*?)<\/(jats:)?title>/gi,
			(_, _a, title: string) => ` ${title.trim()}: `
		);
}

async function fetchCrossref(doi: string, o: OnlineOptions): Promise<Fetched> {
	const url = endpoint(o.endpoints.crossref, `works/${encodeURIComponent(doi)}`);
	if (o.email) url.searchParams.set('mailto', o.email);
	const answer = await get('Crossref', url, o);
	const where = `Crossref for DOI ${doi}`;
	if (answer.status === 404) {
		throw new InputError(
			where,
			1,
			1,
			`DOI ${doi} is not known to PubMed or Crossref`,
			"check the DOI on the publisher's page"
		);
	}
	if (answer.status !== 200) throw httpError('Crossref', answer);
	const data = parseJson('Crossref', answer.body) as { message?: CslItem };
	const item = data.message ?? {};
	const record = cslToRecord({ ...item, abstract: crossrefAbstract(item.abstract) });
	return {
		kind: 'Crossref',
		input: `DOI ${doi} from Crossref`,
		candidates: [{ record, line: 1, column: 1 }]
	};
}

/** A DOI's record: from PubMed when PubMed has the article (with its abstract), else from Crossref. */
export async function fetchDoi(doi: string, o: OnlineOptions): Promise<Fetched> {
	const pmid = (await pmidFromIdConverter(doi, o)) ?? (await pmidFromSearch(doi, o));
	if (pmid === undefined) return fetchCrossref(doi, o);
	const fetched = await fetchPubmed(pmid, o);
	return { ...fetched, input: `DOI ${doi}, ${fetched.input}` };
}
