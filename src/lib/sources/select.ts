/** Picks the record to add among those an input holds, and checks it has what a source needs. */
import { describe, type Candidate } from './candidate.ts';
import { InputError } from './errors.ts';
import type { SourceRecord } from './record.ts';

export interface Selector {
	pmid?: string;
	doi?: string;
}

function matches(c: Candidate, by: Selector): boolean {
	if (by.pmid !== undefined) return c.record.pmid === by.pmid;
	return c.record.doi?.toLowerCase() === by.doi?.toLowerCase();
}

function pick(where: string, candidates: Candidate[], by: Selector): Candidate {
	if (candidates.length === 0) {
		throw new InputError(
			where,
			1,
			1,
			'no article in the input',
			'check that the file holds a record'
		);
	}
	const wanted = by.pmid ?? by.doi;
	const listed = candidates.map(describe).join(', ');
	if (wanted !== undefined) {
		const hit = candidates.find((c) => matches(c, by));
		if (hit) return hit;
		throw new InputError(
			where,
			1,
			1,
			`no article with ${by.pmid !== undefined ? 'PMID' : 'DOI'} ${wanted} in the input`,
			`it holds ${listed}`
		);
	}
	if (candidates.length > 1) {
		throw new InputError(
			where,
			1,
			1,
			`the input holds ${candidates.length} articles: ${listed}`,
			'choose one with --pmid <n> (or --doi <doi>)'
		);
	}
	return candidates[0] as Candidate;
}

/** The chosen record, with a title and an abstract, or a located error. */
export function selectRecord(where: string, candidates: Candidate[], by: Selector): SourceRecord {
	const chosen = pick(where, candidates, by);
	const { record } = chosen;
	const fail = (message: string, hint: string) =>
		new InputError(where, chosen.line, chosen.column, message, hint);
	if (!record.text) {
		throw fail(
			`${describe(chosen)} has no abstract`,
			'a source needs its text: save the abstract as a text file and add it with --file <abstract.txt> --title "…"'
		);
	}
	if (!record.title) {
		throw fail(`${describe(chosen)} has no title`, 'give it with --title "…"');
	}
	return record as SourceRecord;
}
