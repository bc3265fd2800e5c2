/**
 * Layouts cached by content: a pathway is laid out again only when what the layout reads changed
 * (the pathway, its entities' labels and kinds, the options) or the layout code did. Kept in
 * memory and on disk (node_modules/.cache/atlas-layout), so neither the pages of one build nor
 * the next build lay out an unchanged pathway twice. ATLAS_LAYOUT_CACHE names another folder,
 * or "off" for no disk cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { moduleClosure } from './moduleClosure.ts';
import { writeFileSafely } from './writeFile.js';
import { layoutPathway, type LayoutOptions } from '../layout/layoutPathway.ts';
import type { LaidOutPathway } from '../layout/types.ts';
import type { Entity, Pathway } from '../model/atlas.ts';

/** The module the layout starts from: its import graph is the layout's code. */
const ENTRY = 'src/lib/layout/layoutPathway.ts';
const PACKAGES = ['cytoscape', 'cytoscape-dagre'];

/**
 * A hash of the layout code as it is on disk: every module layoutPathway reaches through its
 * imports (so a change to, say, the support order in the vocabulary lays pathways out again);
 * undefined when the sources are not there.
 */
export function layoutCodeVersion(root = process.cwd()): string | undefined {
	const files = moduleClosure(join(root, ENTRY));
	if (!files) return undefined;
	const hash = createHash('sha256');
	for (const f of files) hash.update(relative(root, f)).update(readFileSync(f));
	for (const name of PACKAGES) {
		const manifest = join(root, 'node_modules', name, 'package.json');
		hash.update(existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : '');
	}
	return hash.digest('hex').slice(0, 16);
}

/** Everything layoutPathway reads, hashed. */
export function layoutKey(
	pathway: Pathway,
	entities: ReadonlyMap<string, Entity>,
	options: LayoutOptions,
	codeVersion: string
): string {
	const used = [...new Set(pathway.nodes.map((n) => n.entity))].sort();
	const entityFacts = used.map((id) => [id, entities.get(id)?.label, entities.get(id)?.kind]);
	return createHash('sha256')
		.update(JSON.stringify([codeVersion, options, pathway, entityFacts]))
		.digest('hex')
		.slice(0, 32);
}

export class LayoutCache {
	hits = 0;
	misses = 0;
	private readonly memory = new Map<string, LaidOutPathway>();
	private version: string | undefined | null = null;

	/**
	 * `dir`: the disk cache, or undefined for memory only. `codeVersion`: defaults to a hash of
	 * the layout sources; when they cannot be read, nothing is cached.
	 */
	constructor(
		readonly dir: string | undefined,
		private readonly codeVersion?: string
	) {}

	private currentVersion(): string | undefined {
		if (this.version === null) this.version = this.codeVersion ?? layoutCodeVersion();
		return this.version;
	}

	layout(
		pathway: Pathway,
		entities: ReadonlyMap<string, Entity>,
		options: LayoutOptions = {}
	): LaidOutPathway {
		const version = this.currentVersion();
		if (version === undefined) {
			this.misses++;
			return layoutPathway(pathway, entities, options);
		}
		const key = layoutKey(pathway, entities, options, version);
		const file = this.dir && join(this.dir, `${pathway.id}-${key}.json`);
		let laidOut = this.memory.get(key);
		if (!laidOut && file && existsSync(file)) {
			try {
				laidOut = JSON.parse(readFileSync(file, 'utf8')) as LaidOutPathway;
			} catch {
				laidOut = undefined; // a torn or foreign file: lay out again
			}
		}
		if (laidOut) {
			this.hits++;
		} else {
			this.misses++;
			laidOut = layoutPathway(pathway, entities, options);
			if (file && this.dir) {
				mkdirSync(this.dir, { recursive: true });
				writeFileSafely(file, JSON.stringify(laidOut));
			}
		}
		this.memory.set(key, laidOut);
		return laidOut;
	}
}

function defaultDir(): string | undefined {
	const setting = process.env.ATLAS_LAYOUT_CACHE;
	if (setting === 'off') return undefined;
	return setting || join('node_modules', '.cache', 'atlas-layout');
}

/** The cache the site's load functions use. */
export const layoutCache = new LayoutCache(defaultDir());

export const cachedLayout = (
	pathway: Pathway,
	entities: ReadonlyMap<string, Entity>,
	options?: LayoutOptions
): LaidOutPathway => layoutCache.layout(pathway, entities, options);
