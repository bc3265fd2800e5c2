/** Reads an input file whatever its format, recognised by its content, into candidates. */
import { flattenMarkup } from '../text/flattenMarkup.ts';
import type { Candidate } from './candidate.ts';
import { InputError } from './errors.ts';
import { readEndnote } from './endnote.ts';
import { readMedline } from './medline.ts';
import { readPubmedXml } from './pubmedXml.ts';
import type { InputKind, ReadRecord } from './record.ts';
import { readBibtex, readCslJson, readRis } from './referenceManager.ts';

/** The formats a file can be in (Crossref's answers come online only). */
export type FileKind = Exclude<InputKind, 'Crossref'>;

export interface ReadInput {
	kind: FileKind;
	candidates: Candidate[];
}

/** Recognises the format from the text itself, whatever the file's extension. */
export function detectKind(text: string): FileKind {
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (start.startsWith('<')) return 'PubMed XML';
	if (/^[[{]\s*[[{"\]}]/.test(start)) return 'CSL-JSON';
	if (/^PMID- /.test(start)) return 'MEDLINE';
	if (/^TY {2}-/.test(start)) return 'RIS';
	if (/^%[0A-Z] \S/.test(start)) return 'EndNote';
	if (/^(?:%.*\n\s*)*@\w+\s*[{(]/.test(start)) return 'BibTeX';
	return 'plain text';
}

function checkReadable(where: string, text: string): void {
	if (text.includes('\u0000')) {
		throw new InputError(
			where,
			1,
			1,
			'a binary file, not a recognised format',
			'export the reference as PubMed XML, MEDLINE (.nbib), RIS, EndNote (.enw), BibTeX or CSL JSON'
		);
	}
	if (text.trim() === '') {
		throw new InputError(where, 1, 1, 'the file is empty', 'save the record or abstract again');
	}
}

/** A plain-text abstract: the record comes from the command's options. */
function plainText(text: string, record: ReadRecord): Candidate[] {
	return [{ record: { ...record, text: flattenMarkup(text) || undefined }, line: 1, column: 1 }];
}

export function readInput(where: string, text: string, plainRecord: ReadRecord): ReadInput {
	checkReadable(where, text);
	const body = text.replace(/^\uFEFF/, '');
	const kind = detectKind(body);
	const read: Record<FileKind, () => Candidate[]> = {
		'PubMed XML': () => readPubmedXml(where, body),
		MEDLINE: () => readMedline(body),
		RIS: () => readRis(where, body),
		EndNote: () => readEndnote(body),
		BibTeX: () => readBibtex(where, body),
		'CSL-JSON': () => readCslJson(where, body),
		'plain text': () => plainText(body, plainRecord)
	};
	return { kind, candidates: read[kind]() };
}
