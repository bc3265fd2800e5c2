// Copies an atlas folder (for the dev-server test, which edits the copy, never pathways/).
import { cpSync, rmSync } from 'node:fs';
import { outputProblem, protectedFolders } from '../src/lib/server/outputGuard.js';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
	console.error('usage: node scripts/copy-atlas.js <from> <to>');
	process.exit(1);
}
// The target is emptied first: never the source, a folder holding it, or the project's sources.
const refusal = outputProblem(to, 'copy-atlas: the target', protectedFolders(from), '.dev-atlas');
if (refusal) {
	console.error(refusal);
	process.exit(1);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
