/**
 * The one write routine for every file the project writes (add-source, the export CLI, the
 * studio, the layout and font caches, write-schema, copy-atlas): the new bytes go to a hidden
 * temporary file in the target's folder, are flushed to the disk (fsync), and replace the target
 * by a rename, so a crash at any moment leaves either the old file whole or the new one whole,
 * never a torn or empty one. A symbolic link (or a folder) at the target is refused: writing
 * through it would replace the file it points at, wherever that is. A caller that must not
 * overwrite someone else's change (the studio) is asked, immediately before the rename, whether
 * the file is still as it read it.
 * Plain JavaScript: copy-atlas.js loads it without a TypeScript loader.
 */
import {
	closeSync,
	fsyncSync,
	lstatSync,
	openSync,
	readFileSync,
	readlinkSync,
	renameSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A write refused before anything was replaced; the message says why, in one line. */
export class WriteRefusal extends Error {}

/** The file changed on disk since the caller read it: nothing was written. */
export class WriteConflict extends WriteRefusal {
	/**
	 * @param {string} message
	 * @param {string} path
	 * @param {Buffer | null} found what is on disk now (null: no file)
	 */
	constructor(message, path, found) {
		super(message);
		this.path = path;
		this.found = found;
	}
}

/**
 * @typedef {object} WriteOptions
 * @property {(found: Buffer | null) => string | undefined} [unchanged] asked immediately before
 *   the rename with the target's bytes as they are then (null: no file); a message refuses the
 *   write as a conflict
 * @property {() => void} [beforeRename] for tests: a crash injected between the write and the rename
 */

let written = 0;

/**
 * Why `target` may not be replaced, or undefined when it may (a plain file, or nothing yet).
 * @param {string} target
 * @returns {string | undefined}
 */
export function targetProblem(target) {
	let stat;
	try {
		stat = lstatSync(target);
	} catch (e) {
		const code = /** @type {NodeJS.ErrnoException} */ (e).code;
		if (code === 'ENOENT') return undefined;
		if (code === 'ENOTDIR') return `${target}: a folder on the way is a file, not a folder`;
		throw e;
	}
	if (stat.isSymbolicLink())
		return `${target} is a symbolic link (to ${readlinkSync(target)}): not written through it, which would replace the file it points at; remove the link, or write elsewhere`;
	if (!stat.isFile()) return `${target} is not a plain file (a folder?): not replaced`;
	return undefined;
}

/**
 * The target's bytes as they are now, or null when there is no file.
 * @param {string} target
 * @returns {Buffer | null}
 */
function current(target) {
	try {
		return readFileSync(target);
	} catch (e) {
		if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ENOENT') return null;
		throw e;
	}
}

/** Flushes a folder's entry list, so the rename itself survives a power cut (best effort). */
function syncFolder(/** @type {string} */ folder) {
	try {
		const fd = openSync(folder, 'r');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// not every system lets a folder be opened or flushed; the file itself is flushed
	}
}

/**
 * @typedef {object} StagedWrite
 * @property {string} target
 * @property {() => void} check refuses (WriteConflict, WriteRefusal) when the target changed or became a link
 * @property {() => void} commit checks again, then renames the temporary file over the target
 * @property {() => void} abort removes the temporary file
 */

/**
 * Writes the new bytes beside the target and flushes them, replacing nothing yet: `commit`
 * renames them into place. For a caller that writes several files together (the studio) and
 * checks every one before renaming any.
 * @param {string} target
 * @param {string | Uint8Array} data
 * @param {WriteOptions} [options]
 * @returns {StagedWrite}
 */
export function stageWrite(target, data, options = {}) {
	const refused = targetProblem(target);
	if (refused) throw new WriteRefusal(refused);
	let mode = 0o666;
	try {
		mode = lstatSync(target).mode & 0o777;
	} catch {
		// a new file: the usual mode, less the umask
	}
	const temporary = join(dirname(target), `.${basename(target)}.${process.pid}-${++written}.tmp`);
	// 'wx': created here and now, never an existing file or a link someone left at that name
	const fd = openSync(temporary, 'wx', mode);
	try {
		writeFileSync(fd, data);
		fsyncSync(fd);
	} catch (e) {
		closeSync(fd);
		unlinkSync(temporary);
		throw e;
	}
	closeSync(fd);
	let done = false;
	const abort = () => {
		if (done) return;
		done = true;
		try {
			unlinkSync(temporary);
		} catch {
			// already gone
		}
	};
	const check = () => {
		const problem = targetProblem(target);
		if (problem) throw new WriteRefusal(problem);
		if (!options.unchanged) return;
		const found = current(target);
		const conflict = options.unchanged(found);
		if (conflict) throw new WriteConflict(conflict, target, found);
	};
	return {
		target,
		check,
		abort,
		commit() {
			try {
				check();
				options.beforeRename?.();
				renameSync(temporary, target);
				done = true;
			} catch (e) {
				abort();
				throw e;
			}
			syncFolder(dirname(target));
		}
	};
}

/**
 * Replaces (or creates) `target` with `data`: a temporary file in the same folder, flushed, then
 * renamed over it; a link or folder at the target is refused (WriteRefusal), as is a change the
 * `unchanged` check finds (WriteConflict).
 * @param {string} target
 * @param {string | Uint8Array} data
 * @param {WriteOptions} [options]
 */
export function writeFileSafely(target, data, options = {}) {
	stageWrite(target, data, options).commit();
}

/**
 * Deletes `target` under the same rules: never a link or a folder, and (with `unchanged`) only
 * when it is still as the caller read it.
 * @param {string} target
 * @param {Pick<WriteOptions, 'unchanged'>} [options]
 */
export function removeFileSafely(target, options = {}) {
	const problem = targetProblem(target);
	if (problem) throw new WriteRefusal(problem);
	const found = current(target);
	const conflict = options.unchanged?.(found);
	if (conflict) throw new WriteConflict(conflict, target, found);
	if (found !== null) unlinkSync(target);
}
