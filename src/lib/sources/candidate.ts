/** One record found in an input, with where it starts (for located messages). */
import type { ReadRecord } from './record.ts';

export interface Candidate {
	record: ReadRecord;
	line: number;
	column: number;
}

/** How a candidate is named in messages: its PMID, DOI or title. */
export function describe(c: Candidate): string {
	const r = c.record;
	if (r.pmid) return `PMID ${r.pmid}`;
	if (r.doi) return `DOI ${r.doi}`;
	return r.title ? `"${r.title.length > 60 ? r.title.slice(0, 57) + '…' : r.title}"` : 'a record';
}
