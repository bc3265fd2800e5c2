/**
 * One guard for everything that writes (or empties) a folder: the build's output folder
 * (ATLAS_BUILD_DIR), SvelteKit's working folder (ATLAS_KIT_DIR), the export CLI's --out,
 * copy-atlas's target, the bench's synthetic atlases and render:deck's --out. A folder is refused,
 * before anything is written, when it
 * - is a file (or lies inside one);
 * - is or holds the project, or is, holds or lies inside the atlas folder;
 * - lies inside the project other than in one of its output folders (build/, .scratch/, …);
 * - holds files and is not an earlier output of the same kind: each writer leaves a marker file
 *   (`.atlas-output`, naming the kind) in its folder, and a folder without it is someone's files.
 * The refusal is one line naming the rule. The project's own output folders need no marker: they
 * are the project's, ignored by git, and made again by the commands that write them.
 * Plain JavaScript: svelte.config.js and copy-atlas.js load it without a TypeScript loader.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSafely } from './writeFile.js';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The project's output folders: anything else inside the project is not an output's to write. */
export const OUTPUT_FOLDERS = [
	'build',
	'.scratch',
	'.svelte-kit',
	'test-results',
	'playwright-report',
	'.dev-atlas'
];

/** The file each writer leaves in its output folder, naming what wrote it. */
export const MARKER = '.atlas-output';

/**
 * What writes a folder: the marker names it, and only the same kind may write there again.
 * @typedef {'build' | 'kit' | 'export' | 'atlas copy' | 'deck'} OutputKind
 */

/** @type {Record<OutputKind, string>} */
const KIND_NAMES = {
	build: 'the build',
	kit: "SvelteKit's working files",
	export: 'the export CLI',
	'atlas copy': 'an atlas copy',
	deck: 'render:deck'
};

/**
 * @typedef {{ path: string, name: string }} Protected
 * A folder to keep safe, and what to call it in the message.
 */

/**
 * @typedef {object} OutputRequest
 * @property {string} what how the user gave the folder, e.g. "ATLAS_BUILD_DIR" or "--out"
 * @property {OutputKind} kind what will write there
 * @property {string} [atlas] the atlas folder (default pathways/)
 * @property {string} [example] a folder that would do, for the hint
 * @property {Protected[]} [also] further folders that must not be, hold or lie inside the output
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
 * The path itself, or the nearest of its parents that exists.
 * @param {string} path
 * @returns {string}
 */
function nearestExisting(path) {
	let at = resolve(path);
	while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
	return at;
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

/**
 * The kind of output a folder's marker names, or undefined when it has none.
 * @param {string} folder
 * @returns {string | undefined}
 */
export function markedKind(folder) {
	const marker = join(folder, MARKER);
	try {
		if (!lstatSync(marker).isFile()) return undefined;
		const m = /^mechanism-atlas output: (.+)$/m.exec(readFileSync(marker, 'utf8'));
		return m?.[1]?.trim();
	} catch {
		return undefined;
	}
}

/**
 * Whether a non-empty folder is an earlier output of this kind: its marker says so, or (for
 * SvelteKit's working folder) SvelteKit's own generated files are there.
 * @param {string} folder
 * @param {OutputKind} kind
 */
function earlierOutput(folder, kind) {
	if (markedKind(folder) === kind) return true;
	return (
		kind === 'kit' &&
		existsSync(join(folder, 'ambient.d.ts')) &&
		existsSync(join(folder, 'generated'))
	);
}

/**
 * Leaves the marker in an output folder (creating the folder), so that the next run of the same
 * kind may write there again.
 * @param {string} folder
 * @param {OutputKind} kind
 */
export function markOutput(folder, kind) {
	mkdirSync(folder, { recursive: true });
	writeFileSafely(
		join(folder, MARKER),
		`mechanism-atlas output: ${kind}\n` +
			`This folder is written by ${KIND_NAMES[kind]} of the mechanism atlas: it may be emptied or overwritten by the next one.\n`
	);
}

/**
 * Why `out` may not be written to, in one line, or undefined when it may.
 * @param {string} out the output folder, as the user gave it
 * @param {OutputRequest} request
 * @returns {string | undefined}
 */
export function outputProblem(out, request) {
	const { what, kind, atlas = 'pathways', example = 'build/', also = [] } = request;
	const ELSEWHERE = `choose a folder of its own, e.g. ${example}`;
	const named = `${what} ${out}`;
	const existing = nearestExisting(out);
	if (existing === resolve(out) && !statSync(existing).isDirectory())
		return `${named} is a file, not a folder, and would be lost: ${ELSEWHERE}`;
	if (!statSync(existing).isDirectory())
		return `${named} lies inside ${existing}, which is a file, not a folder: ${ELSEWHERE}`;

	const target = real(out);
	const project = real(PROJECT_ROOT);
	if (within(project, target))
		return `${named} is the project's folder or holds it, whose files would be lost: ${ELSEWHERE}`;
	const keep = [{ path: atlas, name: `the atlas folder (${atlas})` }, ...also];
	for (const { path, name } of keep) {
		const folder = real(path);
		if (folder === target) return `${named} is ${name}, whose files would be lost: ${ELSEWHERE}`;
		if (within(target, folder)) return `${named} is inside ${name}: ${ELSEWHERE}`;
		if (within(folder, target))
			return `${named} holds ${name}, whose files would be lost: ${ELSEWHERE}`;
	}
	if (within(target, project)) {
		const outputFolder = OUTPUT_FOLDERS.some((f) => within(target, join(project, f)));
		if (outputFolder) return undefined;
		const where = relative(project, target).split(sep).join('/');
		const folders = OUTPUT_FOLDERS.map((f) => `${f}/`).join(', ');
		return `${named} lies inside the project (${where}), not in one of its output folders (${folders}), and the project's files would be lost: ${ELSEWHERE}`;
	}
	if (!existsSync(target)) return undefined;
	const names = readdirSync(target);
	if (!names.length || earlierOutput(target, kind)) return undefined;
	const other = markedKind(target);
	const holds = other
		? `holds an earlier ${other} output, not one of ${KIND_NAMES[kind]}`
		: `holds ${names.length} file(s) that ${KIND_NAMES[kind]} did not write (no ${MARKER} marker)`;
	return `${named} ${holds}, which could be lost: choose an empty or new folder, e.g. ${example}`;
}

/**
 * The build's folders, from its environment: the output folder (ATLAS_BUILD_DIR, default build/),
 * SvelteKit's working folder (ATLAS_KIT_DIR, default .svelte-kit/) and the atlas (ATLAS_DIR).
 * @param {Record<string, string | undefined>} env
 */
export function buildFolders(env) {
	return {
		buildDir: env.ATLAS_BUILD_DIR || 'build',
		kitDir: env.ATLAS_KIT_DIR || '.svelte-kit',
		atlas: env.ATLAS_DIR || 'pathways'
	};
}

/**
 * Why the build may not write its folders, in one line, or undefined when it may: svelte.config.js
 * asks before anything is written, and the build stops with this line.
 * @param {Record<string, string | undefined>} env
 * @returns {string | undefined}
 */
export function buildFoldersProblem(env) {
	const { buildDir, kitDir, atlas } = buildFolders(env);
	return (
		outputProblem(kitDir, { what: 'ATLAS_KIT_DIR', kind: 'kit', atlas, example: '.scratch/kit' }) ??
		outputProblem(buildDir, {
			what: 'ATLAS_BUILD_DIR',
			kind: 'build',
			atlas,
			also: [{ path: kitDir, name: `SvelteKit's working folder (ATLAS_KIT_DIR ${kitDir})` }]
		})
	);
}
