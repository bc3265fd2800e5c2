// Copies an atlas folder (for the dev-server test, which edits the copy, never pathways/).
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { markOutput, outputProblem } from '../src/lib/server/outputGuard.js';
import { writeFileSafely } from '../src/lib/server/writeFile.js';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
	console.error('usage: node scripts/copy-atlas.js <from> <to>');
	process.exit(1);
}
// The target is emptied first: never the source, a folder holding it, the project's own files or
// a folder of files an earlier copy did not write.
const refusal = outputProblem(to, {
	what: 'copy-atlas: the target',
	kind: 'atlas copy',
	atlas: from,
	example: '.dev-atlas'
});
if (refusal) {
	console.error(refusal);
	process.exit(1);
}

/**
 * Copies a folder's files through the one write routine. A link to a file is copied as the file it
 * points at, never as a link (an edit to the copy must not reach through it into the original); a
 * link to a folder is not followed.
 * @param {string} source
 * @param {string} target
 */
function copyFolder(source, target) {
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(source)) {
		const path = join(source, name);
		const entry = lstatSync(path);
		if (entry.isDirectory()) copyFolder(path, join(target, name));
		else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path)))
			writeFileSafely(join(target, name), readFileSync(path));
	}
}

/** @param {string} path */
function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false; // a broken link: nothing to copy
	}
}

rmSync(to, { recursive: true, force: true });
copyFolder(from, to);
markOutput(to, 'atlas copy');
