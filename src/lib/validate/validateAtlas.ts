/**
 * The one validator: curated files in, a typed atlas and every located problem out.
 * Used by the CLI, the build, the dev server and the tests alike. It never throws on bad data.
 */
import { byLocation, type Diagnostic } from '../diagnostics.ts';
import type { Atlas, Entity, Pathway, Reference, Source } from '../model/atlas.ts';
import { parseLocated, type LocatedFile } from '../yaml/parseLocated.ts';
import { buildEntities, buildReferences, type Catalogue } from './catalogue.ts';
import { checkFileNames } from './fileNames.ts';
import { missingCatalogue } from '../rules/missing-catalogue.ts';
import { noPathways } from '../rules/no-pathways.ts';
import { sourcesNotAFolder } from '../rules/sources-not-a-folder.ts';
import { fileId, pathIn, type CuratedFiles, type TextFile } from './files.ts';
import { FollowOns, rootCauseFirst } from './followOns.ts';
import { buildPathway, type PathwayContext } from './pathway.ts';
import { provenanceDiagnostics } from './provenance.ts';
import { buildSource } from './sources.ts';
import { catalogueTranslations, pathwayTranslations } from './translations.ts';
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

const empty = <T>(): Catalogue<T> => ({
	byId: new Map(),
	index: new Map(),
	invalid: new Set<string>(),
	broken: true
});

function buildSources(files: TextFile[], found: Diagnostic[]) {
	const sources = new Map<string, Source>();
	const sourceFiles = new Map<string, LocatedFile>();
	const brokenSources = new Map<string, string>();
	for (const f of checkFileNames(files, 'source', found)) {
		const id = fileId(f.path);
		const located = parse(f, found);
		const source = located && buildSource(id, located, found);
		if (located) sourceFiles.set(id, located);
		if (source && located) found.push(...provenanceDiagnostics(source, located, []));
		if (source) sources.set(id, source);
		else brokenSources.set(id, f.path);
	}
	return { sources, sourceFiles, brokenSources };
}

export function validateAtlas(files: CuratedFiles): ValidationResult {
	const problems = files.problems ?? [];
	const found: Diagnostic[] = problems.filter((d) => d.severity === 'error');
	const warnings: Diagnostic[] = problems.filter((d) => d.severity === 'warning');
	const entitiesFile = files.entities && parse(files.entities, found);
	const referencesFile = files.references && parse(files.references, found);
	const entities = entitiesFile ? buildEntities(entitiesFile, found) : empty<Entity>();
	const references = referencesFile ? buildReferences(referencesFile, found) : empty<Reference>();
	if (!files.entities) found.push(missingCatalogue.check(pathIn(files.root, 'entities.yaml')));
	if (entitiesFile) warnings.push(...catalogueTranslations(entitiesFile));
	if (referencesFile) {
		for (const [id, ref] of references.byId)
			found.push(
				...provenanceDiagnostics(ref, referencesFile, ['references', references.index.get(id) ?? 0])
			);
	}

	const { sources, sourceFiles, brokenSources } = buildSources(files.sources, found);
	// No sources folder to read (sources is a file): quotes are counted on that error, not each reported.
	const sourcesFolder = problems.find((d) => d.rule === sourcesNotAFolder.id);
	if (sourcesFolder) brokenSources.set('', sourcesFolder.path);
	const followOns = new FollowOns({
		entity: files.entities?.path ?? pathIn(files.root, 'entities.yaml'),
		...(files.references && { reference: files.references.path }),
		sources: brokenSources
	});
	const ctx: PathwayContext = {
		entities: entities.byId,
		references: references.byId,
		sources,
		brokenSources: new Set(brokenSources.keys()),
		sourcesBroken: sourcesFolder !== undefined,
		entitiesBroken: entities.broken,
		referencesBroken: Boolean(files.references) && references.broken,
		invalidEntities: entities.invalid,
		invalidReferences: references.invalid,
		followOn: followOns.count
	};
	const pathways: Pathway[] = [];
	for (const f of checkFileNames(files.pathways, 'pathway', found)) {
		const located = parse(f, found);
		const built = located && buildPathway(fileId(f.path), located, ctx, found);
		if (located && built) {
			pathways.push(built.pathway);
			warnings.push(...pathwayWarnings(built.pathway, located, built.itemPath));
			const zh = pathwayTranslations(built.pathway, located, built.itemPath, ctx.entities);
			found.push(...zh.errors);
			warnings.push(...zh.warnings);
		}
	}

	const atlas: Atlas = {
		pathways,
		entities: entities.byId,
		sources,
		references: references.byId
	};
	const catalogue = entitiesFile && { file: entitiesFile, index: entities.index };
	warnings.push(...atlasWarnings(atlas, { entities: catalogue, sources: sourceFiles }));
	if (!files.pathways.length) warnings.push(noPathways.check(files.root));
	const errors = rootCauseFirst(found, files);
	followOns.summarise(errors);
	return { atlas, errors, warnings: warnings.sort(byLocation) };
}
