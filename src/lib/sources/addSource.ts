/**
 * Adds a source to an atlas folder from a file, a PMID or a DOI: reads the record and
 * abstract, checks them, and writes sources/<id>.yaml. On any problem it throws before
 * writing anything.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { ID_PATTERN, sourceFileSchema } from '../schema/files.ts';
import { decodeUtf8 } from '../validate/encoding.ts';
import { writeFileSafely } from '../server/writeFile.js';
import { InputError } from './errors.ts';
import { existingSources, samePaper } from './existingSources.ts';
import { fetchDoi, fetchPubmed, type Fetched } from './fetchRecord.ts';
import type { OnlineOptions } from './online.ts';
import { readInput } from './readInput.ts';
import { compact, type InputKind, type ReadRecord, type SourceRecord } from './record.ts';
import { reviewSentences, type ReviewedSentence } from './reviewSentences.ts';
import { selectRecord } from './select.ts';
import { defaultId, uniqueId } from './sourceId.ts';
import { sourceYaml, type Imported } from './sourceYaml.ts';

export interface AddSourceOptions {
	file?: string;
	/** The file's text when it has already been read (the studio's importer): `file` is its name. */
	fileText?: string;
	pmid?: string;
	doi?: string;
	/** The atlas folder (holding sources/). */
	dir: string;
	id?: string;
	force: boolean;
	/** Record fields given on the command line: they fill in or replace what the input gives. */
	given: ReadRecord;
	online: OnlineOptions;
	now: Date;
}

export interface AddedSource {
	id: string;
	/** The written file, relative to the working directory. */
	path: string;
	kind: InputKind;
	record: SourceRecord;
	sentences: ReviewedSentence[];
	replaced: boolean;
}

/** A path as printed: relative to the working directory when inside it, else absolute. */
function shownPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') ? rel : resolve(path);
}

/** A problem with the command itself (options), not with the input. */
export class UsageError extends Error {}

/** The paper, or the id asked for, is in the atlas already: replacing it must be asked for. */
export class SourceExists extends UsageError {
	constructor(
		message: string,
		/** The file it is in, under sources/. */
		readonly file: string
	) {
		super(message);
	}
}

/** How to turn a file of another encoding into UTF-8, for the hint. */
function conversion(file: string, message: string): string {
	const from = /UTF-(16|32)/.exec(message)?.[0] ?? 'latin1';
	const named = from === 'latin1' ? 'Latin-1 (or Windows-1252: -f cp1252)' : from;
	return `add-source reads UTF-8 only: convert the file from ${named} first, e.g. iconv -f ${from} -t utf-8 "${file}" > "${file}.utf8", or export it again as UTF-8 from the reference manager`;
}

/** The input file as UTF-8 text: another encoding (Latin-1, UTF-16) is named, never guessed at. */
function readUtf8(file: string): string {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOENT'
				? 'there is no such file'
				: code === 'EISDIR'
					? 'this is a folder, not a file'
					: code === 'EACCES' || code === 'EPERM'
						? 'permission denied'
						: 'cannot read this file';
		throw new InputError(file, 1, 1, why, 'check the path');
	}
	const decoded = decodeUtf8(file, bytes);
	if ('text' in decoded) return decoded.text;
	const d = decoded.problem;
	throw new InputError(file, d.line, d.column, d.message, conversion(file, d.message));
}

async function read(o: AddSourceOptions): Promise<Fetched & { where: string }> {
	if (o.file !== undefined) {
		// Text given (the studio's importer) is the input: the file's name is then only a name.
		if (o.fileText !== undefined && typeof o.fileText !== 'string')
			throw new UsageError('the text to import is not text');
		const text = o.fileText !== undefined ? o.fileText : readUtf8(o.file);
		const plainRecord = compact({ ...o.given, pmid: o.pmid, doi: o.doi });
		const { kind, candidates } = readInput(o.file, text, plainRecord);
		return { kind, input: basename(o.file), candidates, where: o.file };
	}
	if (o.pmid !== undefined) {
		if (!/^\d+$/.test(o.pmid)) throw new UsageError(`--pmid ${o.pmid}: a PMID is digits only`);
		return { ...(await fetchPubmed(o.pmid, o.online)), where: `PMID ${o.pmid}` };
	}
	if (o.doi !== undefined) {
		if (!/^10\.\d{4,9}\/\S+$/.test(o.doi)) {
			throw new UsageError(`--doi ${o.doi}: a DOI starts with "10." and has no spaces`);
		}
		return { ...(await fetchDoi(o.doi, o.online)), where: `DOI ${o.doi}` };
	}
	throw new UsageError('give the source as --file <path>, --pmid <n> or --doi <doi>');
}

/** The schema the validator applies, checked before writing: a failure names the field. */
function checkAgainstSchema(where: string, yamlText: string): void {
	const checked = sourceFileSchema.safeParse(parse(yamlText));
	if (checked.success) return;
	const issue = checked.error.issues[0];
	throw new InputError(
		where,
		1,
		1,
		`the record's ${issue?.path.join('.') ?? 'data'} is not valid: ${issue?.message ?? 'unknown problem'}`,
		'correct it with the matching option (--title, --year, …) or fix the input'
	);
}

/** The id to write, and the file it replaces (whatever its extension), if any. */
function chooseId(
	o: AddSourceOptions,
	record: SourceRecord,
	sourcesDir: string,
	where: string
): { id: string; replaced: boolean; file?: string } {
	const existing = existingSources(sourcesDir);
	// An id is taken whatever its file's extension: x.yml, x.YAML and x.yaml are one source.
	const holding = (id: string) => existing.find((e) => e.id === id);
	const taken = (id: string) => holding(id) !== undefined;
	if (o.id !== undefined) {
		const there = holding(o.id);
		if (there && !o.force) {
			throw new SourceExists(
				`sources/${there.file} exists; add --force to replace it, or choose another --id`,
				there.file
			);
		}
		return { id: o.id, replaced: there !== undefined, ...(there && { file: there.file }) };
	}
	const same = samePaper(existing, record);
	if (same) {
		if (!o.force) {
			throw new SourceExists(
				`this paper is already in the atlas as sources/${same.file}; add --force to replace it`,
				same.file
			);
		}
		return { id: same.id, replaced: true, file: same.file };
	}
	const base = defaultId(record);
	if (base === undefined)
		throw new InputError(
			where,
			1,
			1,
			'cannot make an id from this record',
			'give one with --id <id>'
		);
	return { id: uniqueId(base, taken), replaced: false };
}

/** A source ready to be written: what addSource writes, for a caller that writes it itself. */
export interface PreparedSource extends Omit<AddedSource, 'path'> {
	/** The file to write, inside the atlas folder. */
	full: string;
	yamlText: string;
}

/** Reads and checks a source and chooses its id, writing nothing. */
export async function prepareSource(o: AddSourceOptions): Promise<PreparedSource> {
	// The atlas folder must be there: a mistyped --dir is not made into a new atlas.
	if (!existsSync(o.dir) || !statSync(o.dir).isDirectory())
		throw new UsageError(
			existsSync(o.dir)
				? `--dir ${o.dir} is a file, not an atlas folder`
				: `--dir ${o.dir}: there is no such folder (check the path; a new atlas folder is made by hand, with its entities.yaml)`
		);
	const sources = join(o.dir, 'sources');
	if (existsSync(sources) && !statSync(sources).isDirectory())
		throw new UsageError(
			`${sources} is a file, not a folder: the sources are <id>.yaml files in a folder named sources/`
		);
	if (o.id !== undefined && !ID_PATTERN.test(o.id)) {
		throw new UsageError(`--id ${o.id}: an id is lower-case letters, digits and single hyphens`);
	}
	const fetched = await read(o);
	const selector =
		o.file !== undefined && fetched.kind !== 'plain text' ? { pmid: o.pmid, doi: o.doi } : {};
	const chosen = selectRecord(fetched.where, fetched.candidates, compact(selector));
	const record = { ...chosen, ...compact(o.given) } as SourceRecord;
	const sourcesDir = join(o.dir, 'sources');
	const { id, replaced, file } = chooseId(o, record, sourcesDir, fetched.where);
	const sentences = reviewSentences(record.text);
	const imported: Imported = {
		format: fetched.kind,
		from: fetched.input,
		date: o.now.toISOString().replace(/\.\d{3}Z$/, 'Z')
	};
	const yamlText = sourceYaml(record, imported, sentences);
	checkAgainstSchema(fetched.where, yamlText);
	// A source replaced is written to its own file, so no second file of the same id is left.
	const full = join(sourcesDir, file ?? `${id}.yaml`);
	return { id, full, yamlText, kind: fetched.kind, record, sentences, replaced };
}

export async function addSource(o: AddSourceOptions): Promise<AddedSource> {
	const { full, yamlText, ...added } = await prepareSource(o);
	mkdirSync(join(o.dir, 'sources'), { recursive: true });
	// A temporary file renamed into place: never a link followed, never a half-written source.
	writeFileSafely(full, yamlText);
	return { ...added, path: shownPath(full) };
}
