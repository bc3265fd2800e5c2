/**
 * Reads an atlas folder from disk. The file rules (docs/validator.md, "Which files it reads"):
 * - `.yaml` and `.yml`, in any case, are read; other files, and names starting with ".", are not;
 * - `entities` and `references` (either extension) are the catalogues, every other YAML file at
 *   the top is a pathway, and the YAML files in `sources/` are the sources;
 * - other folders are not read (a warning says so when they hold YAML files);
 * - a symbolic link is followed when it points inside the atlas folder and refused otherwise.
 * A file that cannot be read as UTF-8 text is a located problem; the rest is still read.
 */
import {
	existsSync,
	lstatSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	realpathSync,
	statSync,
	type Stats
} from 'node:fs';
import { join, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { decodeUtf8 } from '../validate/encoding.ts';
import { catalogueKind, isYamlName, type CuratedFiles, type TextFile } from '../validate/files.ts';
import { brokenLink } from '../rules/broken-link.ts';
import { folderNamedLikeFile } from '../rules/folder-named-like-file.ts';
import { folderNotRead } from '../rules/folder-not-read.ts';
import { hiddenFile } from '../rules/hidden-file.ts';
import { linkOutsideAtlas } from '../rules/link-outside-atlas.ts';
import { notARegularFile } from '../rules/not-a-regular-file.ts';
import { secondCatalogue } from '../rules/second-catalogue.ts';
import { sourcesNotAFolder } from '../rules/sources-not-a-folder.ts';
import { unreadableFile } from '../rules/unreadable-file.ts';

type Entry = { kind: 'file' | 'folder'; path: string } | { kind: 'other' };

interface Reader {
	/** The atlas folder with every link resolved: links may point anywhere inside it. */
	realRoot: string;
	problems: Diagnostic[];
}

function reasonOf(e: unknown): string {
	const code = (e as NodeJS.ErrnoException).code;
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'ELOOP') return 'a link that leads back to itself';
	if (code === 'ENOENT') return 'it is no longer there';
	if (code === 'ENOTDIR') return 'a folder on its path is a file';
	if (code === 'EISDIR') return 'it is a folder, not a file';
	if (code === 'EMFILE' || code === 'ENFILE') return 'too many files open at once: try again';
	if (code === 'EIO') return 'the disk could not read it';
	return code ?? (e instanceof Error ? e.message : String(e));
}

const unreadable = (path: string, e: unknown): Diagnostic =>
	unreadableFile.check(path, reasonOf(e));

/** What is at `path` once a link is followed; a link that is broken or leads outside is a problem. */
function inspect(r: Reader, path: string): Stats | Diagnostic {
	try {
		if (!lstatSync(path).isSymbolicLink()) return statSync(path);
		let real: string;
		try {
			real = realpathSync(path);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
			return brokenLink.check(path, readlinkSync(path));
		}
		if (real !== r.realRoot && !real.startsWith(r.realRoot + sep)) {
			return linkOutsideAtlas.check(path, real);
		}
		return statSync(path);
	} catch (e) {
		return unreadable(path, e);
	}
}

function entry(r: Reader, path: string): Entry {
	const found = inspect(r, path);
	if ('message' in found) {
		r.problems.push(found);
		return { kind: 'other' };
	}
	if (found.isDirectory()) return { kind: 'folder', path };
	if (found.isFile()) return { kind: 'file', path };
	r.problems.push(notARegularFile.check(path));
	return { kind: 'other' };
}

function readText(r: Reader, path: string): TextFile | undefined {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (e) {
		r.problems.push(unreadable(path, e));
		return undefined;
	}
	const decoded = decodeUtf8(path, bytes);
	if ('problem' in decoded) {
		r.problems.push(decoded.problem);
		return undefined;
	}
	return { path, text: decoded.text };
}

function isFolderOfYaml(path: string): boolean {
	try {
		return lstatSync(path).isDirectory() && readdirSync(path).some(isYamlName);
	} catch {
		return false;
	}
}

/** The names in a folder, sorted; a folder that cannot be listed is a problem. */
function namesIn(r: Reader, dir: string): string[] {
	try {
		return readdirSync(dir).sort();
	} catch (e) {
		r.problems.push(unreadable(dir, e));
		return [];
	}
}

/** One name in a folder: read when it is a YAML file, reported when it looks meant to be one. */
function readName(r: Reader, dir: string, name: string): TextFile | undefined {
	const path = join(dir, name);
	if (name.startsWith('.')) {
		if (/\.ya?ml$/i.test(name)) r.problems.push(hiddenFile.check(path));
		return undefined;
	}
	if (!isYamlName(name)) {
		if (isFolderOfYaml(path)) r.problems.push(folderNotRead.check(path));
		return undefined;
	}
	const found = entry(r, path);
	if (found.kind === 'folder') r.problems.push(folderNamedLikeFile.check(path));
	return found.kind === 'file' ? readText(r, path) : undefined;
}

/** The YAML files directly in `dir` (but for the folders in `skip`), read. */
function readYamlFiles(r: Reader, dir: string, skip: Set<string>): TextFile[] {
	return namesIn(r, dir)
		.filter((name) => !skip.has(name))
		.flatMap((name) => readName(r, dir, name) ?? []);
}

/** The one catalogue of a kind; a second file of the same kind is reported, not read. */
function pickCatalogue(
	r: Reader,
	files: TextFile[],
	kind: 'entities' | 'references'
): TextFile | undefined {
	const [first, ...more] = files.filter((f) => catalogueKind(f.path) === kind);
	for (const extra of more) {
		r.problems.push(secondCatalogue.check(extra.path, kind, `${first?.path}`));
	}
	return first;
}

export function readCuratedDir(dir: string): CuratedFiles {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		throw new Error(`${dir}: no such folder`);
	}
	const r: Reader = { realRoot: realpathSync(dir), problems: [] };
	const top = readYamlFiles(r, dir, new Set(['sources']));
	const sourcesDir = join(dir, 'sources');
	const sourcesEntry = existsSync(sourcesDir) ? entry(r, sourcesDir) : undefined;
	if (sourcesEntry?.kind === 'file') r.problems.push(sourcesNotAFolder.check(sourcesDir));
	const entities = pickCatalogue(r, top, 'entities');
	const references = pickCatalogue(r, top, 'references');
	return {
		root: join(dir, '.'),
		...(entities ? { entities } : {}),
		...(references ? { references } : {}),
		sources: sourcesEntry?.kind === 'folder' ? readYamlFiles(r, sourcesDir, new Set()) : [],
		pathways: top.filter((f) => !catalogueKind(f.path)),
		problems: r.problems
	};
}
