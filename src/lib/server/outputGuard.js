/**
 * One guard for every command that writes (or empties) a folder: the build's output folder
 * (ATLAS_BUILD_DIR), the export CLI's --out and copy-atlas's target. A folder that is, holds or
 * lies inside the atlas or the project's sources is refused before anything is written, because
 * the build empties its output folder first and would delete the curator's files.
 * Plain JavaScript: svelte.config.js and copy-atlas.js load it without a TypeScript loader.
 */
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The project's own folders that no output may be, hold or lie inside. */
const SOURCE_FOLDERS = ['src', 'pathways', 'static', 'tests', 'scripts', 'bench', 'schema'];

/**
 * @typedef {{ path: string, name: string }} Protected
 * A folder to keep safe, and what to call it in the message.
 */

/**
 * The real path, following symlinks, of a path that may not exist yet.
 * @param {string} path
 * @returns {string}
 */
function real(path) {
	const full = resolve(path);
	if (existsSync(full)) return realpathSync(full);
	const parent = dirname(full);
	return parent === full ? full : join(real(parent), basename(full));
}

/**
 * Whether `inner` is `outer` or lies inside it.
 * @param {string} inner
 * @param {string} outer
 */
function within(inner, outer) {
	const rel = relative(outer, inner);
	return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}

/** @returns {Protected[]} the given atlas folder and the project's sources */
export function protectedFolders(atlasDir = 'pathways') {
	return [
		{ path: atlasDir, name: `the atlas folder (${atlasDir})` },
		...SOURCE_FOLDERS.map((f) => ({
			path: join(PROJECT_ROOT, f),
			name: `the project's ${f}/ folder`
		}))
	];
}

/**
 * Why `out` may not be written to, in one line, or undefined when it may.
 * @param {string} out the output folder, as the user gave it
 * @param {string} what how the user gave it, e.g. "ATLAS_BUILD_DIR" or "--out"
 * @param {Protected[]} keep folders that must not be, hold or lie inside the output
 * @param {string} example a folder that would do, for the hint
 * @returns {string | undefined}
 */
export function outputProblem(out, what, keep, example = 'build/') {
	const ELSEWHERE = `choose a folder of its own, e.g. ${example}`;
	const target = real(out);
	if (within(real(PROJECT_ROOT), target))
		return `${what} ${out} is the project's folder or holds it, whose files would be lost: ${ELSEWHERE}`;
	for (const { path, name } of keep) {
		const folder = real(path);
		if (folder === target)
			return `${what} ${out} is ${name}, whose files would be lost: ${ELSEWHERE}`;
		if (within(target, folder)) return `${what} ${out} is inside ${name}: ${ELSEWHERE}`;
		if (within(folder, target))
			return `${what} ${out} holds ${name}, whose files would be lost: ${ELSEWHERE}`;
	}
	return undefined;
}
