/**
 * Writes a new source file: the record, where it came from, and the abstract one sentence
 * per line in a folded block (which YAML reads back as the sentences joined by spaces).
 * The text read back must equal the abstract exactly; where it would not (a sentence gap
 * that is not one plain space), the abstract is written as one quoted string instead.
 */
import { Document, parse, stringify, type YAMLSeq } from 'yaml';
import { RECORD_FIELDS } from '../schema/files.ts';
import type { Sentence } from '../text/sentences.ts';
import type { SourceRecord } from './record.ts';

export interface Imported {
	format: string;
	from: string;
	/** ISO 8601 date and time, UTC. */
	date: string;
}

function recordYaml(record: SourceRecord, imported: Imported): string {
	const fields = Object.fromEntries(
		RECORD_FIELDS.filter((k) => record[k] !== undefined).map((k) => [k, record[k]])
	);
	const doc = new Document({ ...fields, imported });
	const authors = doc.get('authors', true) as YAMLSeq | undefined;
	if (authors) authors.flow = true;
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function foldedText(sentences: Sentence[]): string {
	return `text: >-\n${sentences.map((s) => `  ${s.text}\n`).join('')}`;
}

function header(record: SourceRecord): string {
	const who = record.authors?.[0]
		? `${record.authors[0]}${record.authors.length > 1 ? ' et al.' : ''}`
		: '';
	const cite = [who, record.journal, record.year]
		.filter((p) => p !== undefined && p !== '')
		.join(', ');
	return `# ${cite || record.title}. Added with npm run add-source: check the record and the sentences.\n`;
}

function readsBackAs(yamlText: string, text: string): boolean {
	try {
		return (parse(yamlText) as { text?: unknown }).text === text;
	} catch {
		return false;
	}
}

export function sourceYaml(
	record: SourceRecord,
	imported: Imported,
	sentences: Sentence[]
): string {
	const head = header(record) + recordYaml(record, imported);
	const folded = head + foldedText(sentences);
	return readsBackAs(folded, record.text)
		? folded
		: head + stringify({ text: record.text }, { lineWidth: 0 });
}
