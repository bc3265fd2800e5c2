/**
 * The one validator: curated files in, a typed atlas and every located problem out.
 * Used by the CLI, the build, the dev server and the tests alike. It never throws on bad data.
 */
import { byLocation, type Diagnostic } from '../diagnostics.ts';
import type { Atlas, Entity, Pathway, Reference, Source } from '../model/atlas.ts';
import { parseLocated, type LocatedFile } from '../yaml/parseLocated.ts';
import { buildEntities, buildReferences } from './catalogue.ts';
import { fileId, type CuratedFiles, type TextFile } from './files.ts';
import { buildPathway } from './pathway.ts';
import { buildSource } from './sources.ts';
import { atlasWarnings, pathwayWarnings } from './warnings.ts';

export interface ValidationResult {
	atlas: Atlas;
	errors: Diagnostic[];
	warnings: Diagnostic[];
}

function parse(file: TextFile, out: Diagnostic[]): LocatedFile | undefined {
	const { file: located, errors } = parseLocated(file.path, file.text);
	out.push(...errors);
	return errors.length ? undefined : located;
}

export function validateAtlas(files: CuratedFiles): ValidationResult {
	const found: Diagnostic[] = [];
	const entitiesFile = files.entities && parse(files.entities, found);
	const referencesFile = files.references && parse(files.references, found);
	const entities: Record<string, Entity> = entitiesFile ? buildEntities(entitiesFile, found) : {};
	const references: Record<string, Reference> = referencesFile
		? buildReferences(referencesFile, found)
		: {};

	const sources: Record<string, Source> = {};
	const sourceFiles: Record<string, LocatedFile> = {};
	const brokenSources = new Set<string>();
	for (const f of files.sources) {
		const id = fileId(f.path);
		const located = parse(f, found);
		const source = located && buildSource(id, located, found);
		if (located) sourceFiles[id] = located;
		if (source) sources[id] = source;
		else brokenSources.add(id);
	}

	const ctx = {
		entities,
		references,
		sources,
		brokenSources,
		entitiesBroken: Boolean(files.entities && !entitiesFile)
	};
	const pathways: Pathway[] = [];
	const warnings: Diagnostic[] = [];
	for (const f of [...files.pathways].sort((a, b) => a.path.localeCompare(b.path))) {
		const located = parse(f, found);
		const pathway = located && buildPathway(fileId(f.path), located, ctx, found);
		if (located && pathway) {
			pathways.push(pathway);
			warnings.push(...pathwayWarnings(pathway, located));
		}
	}
	if (!files.entities)
		found.push({
			severity: 'error',
			path: `${files.root}/entities.yaml`,
			line: 1,
			column: 1,
			message: 'the entity catalogue is missing',
			hint: 'create entities.yaml with an "entities:" list beside the pathway files'
		});

	const atlas: Atlas = { pathways, entities, sources, references };
	warnings.push(...atlasWarnings(atlas, { entities: entitiesFile, sources: sourceFiles }));
	return { atlas, errors: found.sort(byLocation), warnings: warnings.sort(byLocation) };
}
