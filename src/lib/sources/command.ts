/** The add-source command: options in, a source file and a report out (see scripts/add-source.ts). */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readCuratedDir } from '../server/readCuratedDir.ts';
import { addSource, UsageError, type AddSourceOptions } from './addSource.ts';
import { InputError, NetworkError } from './errors.ts';
import { onlineOptionsFromEnv } from './online.ts';
import { addedLines, verdictLines } from './printAdded.ts';
import { bareDoi, compact } from './record.ts';
import { validateAtlas } from '../validate/validateAtlas.ts';

const USAGE =
	'npm run add-source -- <file | PMID | DOI> [--dir <atlas folder>] [--id <id>] [--force] (or --file, --pmid, --doi)';

const EMAIL_NOTE =
	'note: NCBI asks for a contact address with each request: set NCBI_EMAIL (or give --email)';

const text = { type: 'string' } as const;

/** A bare input: digits are a PMID, "10.…" (or a doi.org address) a DOI, anything else a file. */
function inputFromPositional(input: string | undefined): Partial<AddSourceOptions> {
	if (input === undefined) return {};
	if (/^\d+$/.test(input)) return { pmid: input };
	const doi = bareDoi(input);
	if (doi?.startsWith('10.') && !existsSync(input)) return { doi };
	return { file: input };
}

function options(argv: string[], env: NodeJS.ProcessEnv): AddSourceOptions {
	const { values: v, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			file: text,
			pmid: text,
			doi: text,
			dir: text,
			id: text,
			force: { type: 'boolean', default: false },
			email: text,
			title: text,
			authors: text,
			journal: text,
			year: text,
			volume: text,
			issue: text,
			pages: text,
			pmcid: text,
			url: text
		}
	});
	const year = v.year === undefined ? undefined : Number(v.year);
	if (year !== undefined && !Number.isInteger(year))
		throw new UsageError(`--year ${v.year}: a year is a number`);
	if (positionals.length > 1)
		throw new UsageError(`one input at a time, not ${positionals.join(' ')}`);
	const online = onlineOptionsFromEnv(env);
	return {
		...compact({ file: v.file, pmid: v.pmid, doi: v.doi, id: v.id }),
		...inputFromPositional(positionals[0]),
		dir: v.dir ?? env.ATLAS_DIR ?? 'pathways',
		force: v.force,
		given: compact({
			title: v.title,
			authors: v.authors
				?.split(';')
				.map((a) => a.trim())
				.filter((a) => a),
			journal: v.journal,
			year,
			volume: v.volume,
			issue: v.issue,
			pages: v.pages,
			pmcid: v.pmcid,
			url: v.url
		}),
		online: v.email ? { ...online, email: v.email } : online,
		now: new Date()
	};
}

/** Runs the command; returns its exit status. Output goes to the given writers. */
export async function main(
	argv: string[],
	env: NodeJS.ProcessEnv,
	out: (line: string) => void,
	err: (line: string) => void
): Promise<number> {
	try {
		const o = options(argv, env);
		if (o.file === undefined && !o.online.email) out(EMAIL_NOTE);
		const added = await addSource(o);
		addedLines(added).forEach((line) => out(line));
		const verdict = verdictLines(added, validateAtlas(readCuratedDir(o.dir)));
		verdict.lines.forEach((line) => out(line));
		return verdict.ok ? 0 : 1;
	} catch (e) {
		if (e instanceof InputError || e instanceof NetworkError) err(e.format());
		else if (e instanceof UsageError) err(`add-source: ${e.message}\n    usage: ${USAGE}`);
		else err(`add-source: ${e instanceof Error ? e.message : String(e)}\n    usage: ${USAGE}`);
		return 1;
	}
}
