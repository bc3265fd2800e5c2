/**
 * What the studio last wrote to each file: a change to exactly that content needs no page
 * reload, as the studio validated it and shows it itself. Kept apart from the studio's
 * middleware so the dev server can ask without loading it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ownWrites = new Map<string, string | null>();

export function studioWrote(full: string, text: string | null): void {
	ownWrites.set(resolve(full), text);
}

/** Whether a file is as the studio left it (a hand edit, even a moment later, is not). */
export function isStudioWrite(full: string): boolean {
	const path = resolve(full);
	if (!ownWrites.has(path)) return false;
	const now = existsSync(path) ? readFileSync(path, 'utf8') : null;
	return now === ownWrites.get(path);
}
