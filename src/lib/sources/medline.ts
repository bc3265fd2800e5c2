/**
 * Reads PubMed's MEDLINE display format (the .nbib file PubMed saves for citation
 * managers): a four-character tag, "- ", the value; continuation lines indented by six
 * spaces; records begin with "PMID-".
 */
import { flattenMarkup } from '../text/flattenMarkup.ts';
import type { Candidate } from './candidate.ts';
import { authorName, compact, yearIn, type ReadRecord } from './record.ts';

interface Field {
	tag: string;
	value: string;
}

const FIELD = /^([A-Z][A-Z0-9 ]{1,3})- ?(.*)$/;

interface RawRecord {
	fields: Field[];
	line: number;
}

function records(text: string): RawRecord[] {
	const found: RawRecord[] = [];
	let current: Field | undefined;
	text.split(/\r?\n/).forEach((raw, i) => {
		const field = FIELD.exec(raw);
		if (field) {
			const tag = (field[1] as string).trim();
			if (tag === 'PMID' || found.length === 0) found.push({ fields: [], line: i + 1 });
			current = { tag, value: field[2] as string };
			found.at(-1)?.fields.push(current);
		} else if (current && /^\s{2,}\S/.test(raw)) {
			current.value += ' ' + raw.trim();
		} else if (raw.trim() === '') {
			current = undefined;
		}
	});
	return found;
}

const first = (fields: Field[], tag: string) =>
	fields.find((f) => f.tag === tag)?.value.trim() || undefined;

/** "10.1000/x [doi]" among the LID and AID lines. */
function taggedId(fields: Field[], kind: string): string | undefined {
	const suffix = ` [${kind}]`;
	const hit = fields.find(
		(f) => (f.tag === 'LID' || f.tag === 'AID') && f.value.trim().endsWith(suffix)
	);
	return hit?.value.trim().slice(0, -suffix.length).trim();
}

/** AU ("Hayashi T") and CN (collective) in the order given; FAU only when AU is absent. */
function authorsOf(fields: Field[]): string[] {
	const short = fields.filter((f) => f.tag === 'AU' || f.tag === 'CN');
	if (short.length) return short.map((f) => flattenMarkup(f.value));
	return fields
		.filter((f) => f.tag === 'FAU')
		.map((f) => {
			const [family = '', given] = f.value.split(',').map((part) => part.trim());
			return authorName(family, given);
		});
}

function recordOf(fields: Field[]): ReadRecord {
	const text = (tag: string) => {
		const value = first(fields, tag);
		return value === undefined ? undefined : flattenMarkup(value);
	};
	return compact({
		title: text('TI') ?? text('TT'),
		authors: authorsOf(fields),
		journal: text('TA') ?? text('JT'),
		year: yearIn(first(fields, 'DP')),
		volume: text('VI'),
		issue: text('IP'),
		pages: text('PG'),
		pmid: first(fields, 'PMID'),
		pmcid: first(fields, 'PMC'),
		doi: taggedId(fields, 'doi'),
		text: text('AB')
	});
}

export function readMedline(text: string): Candidate[] {
	return records(text).map((r) => ({ record: recordOf(r.fields), line: r.line, column: 1 }));
}
