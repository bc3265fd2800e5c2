/**
 * The JavaScript a pathway page loads, from the build output: every script the page fetched
 * (modulepreloads, entries and the chunks it imports on the way to a ready diagram), gzipped, the
 * largest first and named from the Vite build manifest, and what must not be among them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
	file: string;
	bytes: number;
	gzip: number;
	/** The source modules the manifest names for this file, or what its contents show. */
	modules: string[];
}

export interface BundleReport {
	totalGzip: number;
	totalBytes: number;
	chunks: Chunk[];
	/** Code that must load only when used, by name: found in a loaded chunk or not. */
	absent: Record<string, boolean>;
}

/** Strings only these libraries' code contains. */
const MARKERS: Record<string, RegExp> = {
	dagre: /network-simplex|tight-tree/,
	'SVG/PNG export (renderSvg, rasterise)': /figure-diagram|figure-background/,
	'zip (fflate)': /invalid zip data/,
	'PowerPoint (pptxgenjs)': /pptxgenjs|PptxGenJS/
};

const SNIFF: [string, RegExp][] = [
	['cytoscape', /cytoscape/i],
	['svelte runtime', /svelte/],
	['@sveltejs/kit client', /sveltekit|__sveltekit/]
];

interface ManifestEntry {
	file: string;
	src?: string;
	name?: string;
}

export function bundleReport(
	siteDir: string,
	scripts: string[],
	manifestPath?: string
): BundleReport {
	const manifest: Record<string, ManifestEntry> =
		manifestPath && existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
	const namesByFile = new Map<string, string[]>();
	for (const [key, entry] of Object.entries(manifest))
		namesByFile.set(entry.file, [...(namesByFile.get(entry.file) ?? []), entry.src ?? key]);
	const chunks: Chunk[] = [];
	const absent: Record<string, boolean> = Object.fromEntries(
		Object.keys(MARKERS).map((k) => [k, true])
	);
	for (const path of scripts) {
		const file = join(siteDir, path);
		if (!existsSync(file)) continue;
		const code = readFileSync(file);
		const text = code.toString('utf8');
		const rel = path.replace(/^\//, '');
		for (const [name, marker] of Object.entries(MARKERS))
			if (marker.test(text)) absent[name] = false;
		chunks.push({
			file: rel,
			bytes: code.length,
			gzip: gzipSync(code).length,
			modules:
				namesByFile.get(rel) ??
				SNIFF.filter(([, re]) => re.test(text)).map(([name]) => `(contains ${name})`)
		});
	}
	chunks.sort((a, b) => b.gzip - a.gzip);
	return {
		totalGzip: chunks.reduce((s, c) => s + c.gzip, 0),
		totalBytes: chunks.reduce((s, c) => s + c.bytes, 0),
		chunks,
		absent
	};
}
