/**
 * A pathway's or source's id is its file name, and it becomes an address (/pathways/<id>), so it
 * follows the id rule of every other id; two files with the same id are reported, and only the
 * first is used.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { ID_PATTERN } from '../schema/files.ts';
import { duplicateFileId } from '../rules/duplicate-file-id.ts';
import { invalidFileName } from '../rules/invalid-file-name.ts';
import { fileId, type TextFile } from './files.ts';

/** The nearest valid id: accents dropped, lower case, anything else a single hyphen. */
export function suggestId(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
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
		if (!ID_PATTERN.test(id)) out.push(invalidFileName.check(f.path, id, kind, suggestId(id)));
		const earlier = first.get(id);
		if (earlier) {
			out.push(duplicateFileId.check(f.path, id, kind, earlier.path));
			continue;
		}
		first.set(id, f);
		kept.push(f);
	}
	return kept;
}
