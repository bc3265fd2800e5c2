/**
 * Reads EndNote's tagged export (.enw, the Refer format): "%" and a one-character tag,
 * a space, the value; records separated by blank lines; lines without a tag continue
 * the value above.
 */
import { flattenMarkup } from '../text/flattenMarkup.ts';
import type { Candidate } from './candidate.ts';
import { authorName, bareDoi, compact, yearIn, type ReadRecord } from './record.ts';

export const ENDNOTE_TAG = /^%([0-9A-Z@+!#$&()*>~]) ?(.*)$/;

interface Field {
	tag: string;
	value: string;
}

function records(text: string): { fields: Field[]; line: number }[] {
	const found: { fields: Field[]; line: number }[] = [];
	let current: Field | undefined;
	text.split(/\r?\n/).forEach((raw, i) => {
		const tagged = ENDNOTE_TAG.exec(raw);
		if (tagged) {
			if (!current) found.push({ fields: [], line: i + 1 });
			current = { tag: tagged[1] as string, value: tagged[2] as string };
			found.at(-1)?.fields.push(current);
		} else if (raw.trim() === '') {
			current = undefined;
		} else if (current) {
			current.value += ' ' + raw.trim();
		}
	});
	return found;
}

/** "Family, Given" as EndNote writes an author; a name without a comma is kept whole. */
function author(value: string): string {
	const [family = '', given] = value.split(',').map((part) => part.trim());
	return given === undefined ? flattenMarkup(family) : authorName(family, given);
}

function recordOf(fields: Field[]): ReadRecord {
	const first = (tag: string) => {
		const value = fields.find((f) => f.tag === tag)?.value;
		return value === undefined ? undefined : flattenMarkup(value) || undefined;
	};
	return compact({
		title: first('T'),
		authors: fields.filter((f) => f.tag === 'A').map((f) => author(f.value)),
		journal: first('J') ?? first('B'),
		year: yearIn(first('D')),
		volume: first('V'),
		issue: first('N'),
		pages: first('P'),
		doi: bareDoi(first('R')),
		url: first('U'),
		text: first('X')
	});
}

export function readEndnote(text: string): Candidate[] {
	return records(text).map((r) => ({ record: recordOf(r.fields), line: r.line, column: 1 }));
}
