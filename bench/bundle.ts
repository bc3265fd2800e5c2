/**
 * The JavaScript a pathway page loads, from the build output: every script the page fetched
 * (modulepreloads, entries and the chunks it imports on the way to a ready diagram), gzipped, the
 * largest first and named from the Vite build manifest, and what must not be among them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
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
	/**
	 * What of it loads before the reader's first use (the built page's preloads and entries and
	 * their static imports, not Cytoscape's chunk): the page's weight until the diagram is wanted.
	 */
	beforeFirstUse?: BundleReport;
}

const CYTOSCAPE_MARKER = /Do not assign mappings to elements without corresponding data/;

/** Whether a script is (or holds) Cytoscape.js. */
export const isCytoscapeCode = (code: string): boolean => CYTOSCAPE_MARKER.test(code);

/**
 * What of Cytoscape.js the pages never use, by a name or text each part's code keeps when minified:
 * graph algorithms, layouts other than preset, null and grid, the WebGL renderer's shaders.
 */
export const CYTOSCAPE_UNUSED: Record<string, RegExp> = {
	'graph algorithms': /\b(pageRank|floydWarshall|kruskal|affinityPropagation|markovClustering)\b/,
	'other layouts': /["'](cose|breadthfirst|concentric|circle|random)["']/,
	'WebGL renderer': /#version 300 es/
};

/** Strings only these libraries' code contains. */
const MARKERS: Record<string, RegExp> = {
	cytoscape: CYTOSCAPE_MARKER,
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

/** The scripts an HTML page loads from its tags: module preloads, and the entries its inline script imports. */
export function pageScripts(html: string): string[] {
	const found = new Set<string>();
	for (const tag of html.matchAll(/<link\b[^>]*>/g))
		if (/\brel="modulepreload"/.test(tag[0])) {
			const href = /\bhref="([^"]+)"/.exec(tag[0])?.[1];
			if (href) found.add(href);
		}
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.add(m[1]!);
	for (const m of html.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) found.add(m[1]!);
	return [...found];
}

/**
 * The modules a built chunk imports statically (`import … from`, `import "…"`, `export … from`),
 * as written: not those it imports with import(), which load when that code runs.
 */
export function staticImports(code: string): string[] {
	const found = new Set<string>();
	const pattern =
		/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["'`]([^"'`\n]+?\.js)["'`]/g;
	for (const m of code.matchAll(pattern)) found.add(m[1]!);
	return [...found];
}

/**
 * The nodes SvelteKit's client loads as it starts, whatever the page: the root layout (0) and
 * the root error page (1), which the app entry imports with import().
 */
const EAGER_NODES = /^\.\.\/nodes\/[01]\.[\w-]+\.js$/;

export function dynamicImports(code: string): string[] {
	return [...code.matchAll(/\bimport\(\s*["'`]([^"'`\n]+?\.js)["'`]\s*\)/g)].map((m) => m[1]!);
}

/**
 * The JavaScript a page loads before the reader's first use: what its HTML preloads and imports,
 * the nodes SvelteKit's client loads as it starts, and everything those import statically, but
 * not the chunks they import when used (Cytoscape on a pathway page). Paths from the site's root
 * ("/_app/…"), for bundleReport.
 */
export function scriptsBeforeFirstUse(siteDir: string, pagePath: string): string[] {
	const root = resolve(siteDir);
	const page = resolve(root, pagePath);
	const toSite = (file: string) => '/' + relative(root, file).split(sep).join(posix.sep);
	const queue = pageScripts(readFileSync(page, 'utf8'))
		.filter((src) => !/^[a-z]+:/i.test(src))
		.map((src) => (src.startsWith('/') ? join(root, src) : resolve(dirname(page), src)));
	const seen = new Set<string>();
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		for (const spec of staticImports(code))
			if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
		if (/^app\./.test(basename(file)))
			for (const spec of dynamicImports(code))
				if (EAGER_NODES.test(spec)) queue.push(resolve(dirname(file), spec));
	}
	return [...seen].map(toSite).sort();
}
