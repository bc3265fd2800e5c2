/**
 * RIS, BibTeX and CSL-JSON, as Zotero, EndNote and Mendeley export them, read with
 * Citation.js (its RIS and BibTeX plugins; CSL-JSON is its native format).
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import type { Candidate } from './candidate.ts';
import { cslToRecord, type CslItem } from './cslRecord.ts';
import { InputError, lineColumn } from './errors.ts';

/** 1-based lines on which a pattern starts a record. */
function startLines(text: string, start: RegExp): number[] {
	return text.split(/\r?\n/).flatMap((line, i) => (start.test(line) ? [i + 1] : []));
}

function toCandidates(items: unknown[], lines: number[]): Candidate[] {
	return items.map((item, i) => ({
		record: cslToRecord(item as CslItem),
		line: lines[i] ?? 1,
		column: 1
	}));
}

const RIS_START = /^TY {2}-/;
const RIS_END = /^ER {2}-/;

/** The line of a RIS record left open: a file cut short lacks its last "ER  -" line. */
function unclosedRisRecord(text: string): number | undefined {
	let open: number | undefined;
	for (const [i, line] of text.split(/\r?\n/).entries()) {
		if (RIS_START.test(line)) {
			if (open !== undefined) return open;
			open = i + 1;
		} else if (RIS_END.test(line)) open = undefined;
	}
	return open;
}

function checkRisClosed(where: string, text: string): void {
	const open = unclosedRisRecord(text);
	if (open !== undefined) {
		throw new InputError(
			where,
			open,
			1,
			'this RIS record is not closed by an "ER  -" line',
			'the file may be cut short: export it from the reference manager again'
		);
	}
}

export function readRis(where: string, text: string): Candidate[] {
	checkRisClosed(where, text);
	const items = plugins.input.chain(text, { forceType: '@ris/file', generateGraph: false });
	return toCandidates(items, startLines(text, RIS_START));
}

const BIBTEX_AT = /at line (\d+) col (\d+)/;

export function readBibtex(where: string, text: string): Candidate[] {
	let items: unknown[];
	try {
		items = plugins.input.chain(text, { forceType: '@biblatex/text', generateGraph: false });
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		const at = BIBTEX_AT.exec(message);
		throw new InputError(
			where,
			Number(at?.[1] ?? 1),
			Number(at?.[2] ?? 1),
			`BibTeX syntax error: ${message.split('\n')[0]?.replace(BIBTEX_AT, '').replace(/:\s*$/, '').trim()}`,
			'check the braces of the entry, or export it from the reference manager again'
		);
	}
	return toCandidates(items, startLines(text, /^\s*@(?!comment|string|preamble)\w+\s*[{(]/i));
}

function jsonError(where: string, text: string, e: unknown): InputError {
	const message = e instanceof Error ? e.message : String(e);
	const position = /position (\d+)/.exec(message);
	const at = lineColumn(text, position ? Number(position[1]) : text.trimEnd().length);
	return new InputError(
		where,
		at.line,
		at.column,
		`not valid JSON: ${message}`,
		'the file may be cut short: export it as CSL JSON again'
	);
}

export function readCslJson(where: string, text: string): Candidate[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw jsonError(where, text, e);
	}
	const list = Array.isArray(data) ? data : [data];
	if (!list.every((item) => typeof item === 'object' && item !== null && 'title' in item)) {
		throw new InputError(
			where,
			1,
			1,
			'JSON that is not CSL-JSON (each item needs at least a "title")',
			'export the reference as "CSL JSON" from Zotero, Mendeley or EndNote'
		);
	}
	const items = plugins.input.chain(list, { forceType: '@csl/list+object', generateGraph: false });
	return toCandidates(items, []);
}
