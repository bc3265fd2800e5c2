/**
 * A pathway's or source's id is its file name, and it becomes an address (/pathways/<id>), so it
 * follows the id rule of every other id; two files with the same id are reported, and only the
 * first is used.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { ID_PATTERN } from '../schema/files.ts';
import { fileId, fileProblem, type TextFile } from './files.ts';

/** The nearest valid id: accents dropped, lower case, anything else a single hyphen. */
export function suggestId(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function extensionOf(path: string): string {
	return /\.ya?ml$/i.exec(path)?.[0].toLowerCase() ?? '.yaml';
}

function badName(f: TextFile, kind: string): Diagnostic {
	const id = fileId(f.path);
	const suggestion = suggestId(id);
	const rename = suggestion
		? `rename the file "${suggestion}${extensionOf(f.path)}"`
		: `rename the file with Latin letters, digits and hyphens, e.g. "my-${kind}.yaml"`;
	return fileProblem(
		'invalid-file-name',
		f.path,
		`the file name "${id}" is not a valid ${kind} id`,
		`${rename}: a ${kind}'s id is its file name and becomes its address; ids are lower-case letters, digits and single hyphens`
	);
}

/**
 * Checks the file names of one kind of file; returns the files to build, one per id
 * (in path order, so the first of two files with the same id is the one kept).
 */
export function checkFileNames(files: TextFile[], kind: string, out: Diagnostic[]): TextFile[] {
	const first = new Map<string, TextFile>();
	const kept: TextFile[] = [];
	for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		const id = fileId(f.path);
		if (!ID_PATTERN.test(id)) out.push(badName(f, kind));
		const earlier = first.get(id);
		if (earlier) {
			out.push(
				fileProblem(
					'duplicate-file-id',
					f.path,
					`${kind} id "${id}" is also the id of ${earlier.path}`,
					`two files name the same ${kind}: keep one of ${earlier.path} and ${f.path}, or rename one`
				)
			);
			continue;
		}
		first.set(id, f);
		kept.push(f);
	}
	return kept;
}
