/**
 * A prerendered page with every script removed, beside the original: the benchmark's floor for
 * "interactive", since a click on its figure is answered by links and CSS alone. What waits in
 * `<noscript>` is unwrapped, as a browser without scripts reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSafely } from '../src/lib/server/writeFile.js';

export const stripScripts = (html: string): string =>
	html
		.replace(/<script\b[\s\S]*?<\/script>/g, '')
		.replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '')
		.replace(/<\/?noscript>/g, '');

/** Writes pathways/<id>.no-script.html into `site`; returns the page's name under pathways/. */
export function writeScriptFree(site: string, id: string): string {
	const page = join(site, 'pathways', `${id}.html`);
	writeFileSafely(
		join(site, 'pathways', `${id}.no-script.html`),
		stripScripts(readFileSync(page, 'utf8'))
	);
	return `${id}.no-script`;
}
