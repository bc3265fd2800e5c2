// Copies an atlas folder (for the dev-server test, which edits the copy, never pathways/).
import { cpSync, rmSync } from 'node:fs';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
	console.error('usage: node scripts/copy-atlas.js <from> <to>');
	process.exit(1);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
