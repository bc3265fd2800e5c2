/**
 * The JavaScript a pathway page loads, from the build output: every script the page fetched
 * (modulepreloads, entries and the chunks it imports on the way to a ready diagram), gzipped, the
 * largest first and named from the Vite build manifest, and what must not be among them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bytesBySource } from './sourcemap.ts';

export interface Chunk {
	file: string;
	bytes: number;
	gzip: number;
	/** The source modules the manifest names for this file, or what its contents show. */
	modules: string[];
}

export interface ModuleSize {
	module: string;
	bytes: number;
	/** Its share of its chunks' gzipped size, by its share of their bytes. */
	gzip: number;
}

export interface BundleReport {
	totalGzip: number;
	totalBytes: number;
	chunks: Chunk[];
	/** The largest source modules (packages, project files), from the source maps. */
	modules: ModuleSize[];
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

export const withoutSourceMapComment = (code: string): string =>
	code.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');

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
	const modules = new Map<string, ModuleSize>();
	const absent: Record<string, boolean> = Object.fromEntries(
		Object.keys(MARKERS).map((k) => [k, true])
	);
	for (const path of scripts) {
		const file = join(siteDir, path);
		if (!existsSync(file)) continue;
		// As a production build ships it: the benchmark's build adds source-map comments.
		const text = withoutSourceMapComment(readFileSync(file, 'utf8'));
		const code = Buffer.from(text);
		const rel = path.replace(/^\//, '');
		for (const [name, marker] of Object.entries(MARKERS))
			if (marker.test(text)) absent[name] = false;
		const gzip = gzipSync(code).length;
		const sources = [...bytesBySource(file)].sort((a, b) => b[1] - a[1]);
		for (const [module, bytes] of sources) {
			const m = modules.get(module) ?? { module, bytes: 0, gzip: 0 };
			m.bytes += bytes;
			m.gzip += (bytes / code.length) * gzip;
			modules.set(module, m);
		}
		chunks.push({
			file: rel,
			bytes: code.length,
			gzip,
			modules: sources.length
				? sources.slice(0, 4).map(([name]) => name)
				: (namesByFile.get(rel) ??
					SNIFF.filter(([, re]) => re.test(text)).map(([name]) => `(contains ${name})`))
		});
	}
	chunks.sort((a, b) => b.gzip - a.gzip);
	return {
		totalGzip: chunks.reduce((s, c) => s + c.gzip, 0),
		totalBytes: chunks.reduce((s, c) => s + c.bytes, 0),
		chunks,
		modules: [...modules.values()].sort((a, b) => b.gzip - a.gzip).slice(0, 15),
		absent
	};
}
