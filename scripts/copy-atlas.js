// Copies an atlas folder (for the dev-server test, which edits the copy, never pathways/).
import { cpSync, rmSync } from 'node:fs';
import { markOutput, outputProblem } from '../src/lib/server/outputGuard.js';

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
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
markOutput(to, 'atlas copy');
