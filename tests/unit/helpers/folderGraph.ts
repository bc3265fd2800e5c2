/** Which folders of src/lib import which, and the cycles among them. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export const LIB = resolve('src/lib');

/** folder -> folder it imports -> the files that make the import. */
export type FolderGraph = Map<string, Map<string, string[]>>;

const sources = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return sources(path);
		return /\.(ts|js|svelte)$/.test(e.name) ? [path] : [];
	});

/**
 * Every module a source names: static, type-only, re-exported and dynamic, read by TypeScript's
 * own scanner (a layer that imports another's types depends on it too). A Svelte file's scripts.
 */
function importSpecifiers(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const code = file.endsWith('.svelte')
		? [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
		: text;
	return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** A file's folder under src/lib; a file at the top is a folder of its own. */
const folderOf = (path: string): string => relative(LIB, path).split(sep)[0]!;

function target(file: string, spec: string): string | undefined {
	if (spec.startsWith('$lib/')) return join(LIB, spec.slice(5));
	if (spec.startsWith('.')) return resolve(dirname(file), spec);
	return undefined;
}

export function folderGraph(): FolderGraph {
	const graph: FolderGraph = new Map();
	for (const file of sources(LIB)) {
		const from = folderOf(file);
		for (const spec of importSpecifiers(file)) {
			const to = target(file, spec);
			if (!to?.startsWith(LIB + sep)) continue;
			const into = folderOf(to);
			if (into === from) continue;
			const edges = graph.get(from) ?? new Map<string, string[]>();
			edges.set(into, [...(edges.get(into) ?? []), relative(LIB, file)]);
			graph.set(from, edges);
		}
	}
	return graph;
}

/** Strongly connected components of more than one folder (Tarjan): each is a cycle. */
export function cycles(graph: FolderGraph): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const found: string[][] = [];
	const visit = (v: string) => {
		index.set(v, next);
		low.set(v, next++);
		stack.push(v);
		for (const w of graph.get(v)?.keys() ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) !== index.get(v)) return;
		const component: string[] = [];
		let w: string;
		do {
			w = stack.pop()!;
			component.push(w);
		} while (w !== v);
		if (component.length > 1) found.push(component.sort());
	};
	for (const v of graph.keys()) if (!index.has(v)) visit(v);
	return found;
}

/** The folders bottom first: each imports only folders before it (there must be no cycle). */
export function layers(graph: FolderGraph): string[] {
	const order: string[] = [];
	const done = new Set<string>();
	const place = (v: string) => {
		if (done.has(v)) return;
		done.add(v);
		for (const w of [...(graph.get(v)?.keys() ?? [])].sort()) place(w);
		order.push(v);
	};
	for (const v of [...graph.keys()].sort()) place(v);
	return order;
}
