/**
 * The one validator: curated files in, a typed atlas and every located problem out.
 * Used by the CLI, the build, the dev server and the tests alike. It never throws on bad data.
 */
import { byLocation, type Diagnostic } from '../diagnostics.ts';
import type { Atlas, Entity, Pathway, Reference, Source } from '../model/atlas.ts';
import { parseLocated, type LocatedFile } from '../yaml/parseLocated.ts';
import { buildEntities, buildReferences } from './catalogue.ts';
import { fileId, type CuratedFiles, type TextFile } from './files.ts';
import { buildPathway, type PathwayContext } from './pathway.ts';
import { provenanceDiagnostics } from './provenance.ts';
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

function missingEntities(root: string): Diagnostic {
	return {
		severity: 'error',
		path: `${root}/entities.yaml`,
		line: 1,
		column: 1,
		message: 'the entity catalogue is missing',
		hint: 'create entities.yaml with an "entities:" list beside the pathway files'
	};
}

const EMPTY = { byId: {}, index: {}, invalid: new Set<string>() };

export function validateAtlas(files: CuratedFiles): ValidationResult {
	const found: Diagnostic[] = [];
	const entitiesFile = files.entities && parse(files.entities, found);
	const referencesFile = files.references && parse(files.references, found);
	const entities = entitiesFile ? buildEntities(entitiesFile, found) : EMPTY;
	const references = referencesFile ? buildReferences(referencesFile, found) : EMPTY;
	if (!files.entities) found.push(missingEntities(files.root));
	if (referencesFile) {
		const index = references.index as Record<string, number>;
		for (const [id, ref] of Object.entries(references.byId as Record<string, Reference>))
			found.push(...provenanceDiagnostics(ref, referencesFile, ['references', index[id] ?? 0]));
	}

	const sources: Record<string, Source> = {};
	const sourceFiles: Record<string, LocatedFile> = {};
	const brokenSources = new Set<string>();
	for (const f of files.sources) {
		const id = fileId(f.path);
		const located = parse(f, found);
		const source = located && buildSource(id, located, found);
		if (located) sourceFiles[id] = located;
		if (source && located) found.push(...provenanceDiagnostics(source, located, []));
		if (source) sources[id] = source;
		else brokenSources.add(id);
	}

	const ctx: PathwayContext = {
		entities: entities.byId as Record<string, Entity>,
		references: references.byId as Record<string, Reference>,
		sources,
		brokenSources,
		entitiesBroken: !entitiesFile,
		invalidEntities: entities.invalid,
		invalidReferences: references.invalid
	};
	const pathways: Pathway[] = [];
	const warnings: Diagnostic[] = [];
	for (const f of [...files.pathways].sort((a, b) => a.path.localeCompare(b.path))) {
		const located = parse(f, found);
		const built = located && buildPathway(fileId(f.path), located, ctx, found);
		if (located && built) {
			pathways.push(built.pathway);
			warnings.push(...pathwayWarnings(built.pathway, located, built.itemPath));
		}
	}

	const atlas: Atlas = { pathways, entities: ctx.entities, sources, references: ctx.references };
	const catalogue = entitiesFile && { file: entitiesFile, index: entities.index };
	warnings.push(...atlasWarnings(atlas, { entities: catalogue, sources: sourceFiles }));
	return { atlas, errors: found.sort(byLocation), warnings: warnings.sort(byLocation) };
}
