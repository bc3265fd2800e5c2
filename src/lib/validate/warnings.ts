/** Problems that do not stop the atlas: gaps a curator should look at. */
import type { Diagnostic } from '../diagnostics.ts';
import type { Atlas, Pathway } from '../model/atlas.ts';
import { isQuoted } from '../model/atlas.ts';
import { noEvidence } from '../rules/no-evidence.ts';
import { notInAnyStep } from '../rules/not-in-any-step.ts';
import { uncitedSentence } from '../rules/uncited-sentence.ts';
import { unconnectedNode } from '../rules/unconnected-node.ts';
import { unusedEntity, type CatalogueFile } from '../rules/unused-entity.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';
import { hypothesisWarnings } from './hypotheses.ts';

export function pathwayWarnings(
	p: Pathway,
	file: LocatedFile,
	itemPath: (id: string) => DataPath
): Diagnostic[] {
	return [
		...noEvidence.check(p, file, itemPath),
		...unconnectedNode.check(p, file, itemPath),
		...notInAnyStep.check(p, file, itemPath),
		...hypothesisWarnings(p, file)
	];
}

/** Sentence numbers of each source that some evidence quotes. */
export function citedSentences(atlas: Atlas): Map<string, Set<number>> {
	const cited = new Map<string, Set<number>>(
		[...atlas.sources.keys()].map((id) => [id, new Set()])
	);
	for (const p of atlas.pathways) {
		for (const el of [...p.nodes, ...p.edges]) {
			for (const e of el.evidence.filter(isQuoted))
				e.sentences.forEach((n) => cited.get(e.source)?.add(n));
		}
	}
	return cited;
}

export function uncitedSentences(
	atlas: Atlas,
	sourceId: string,
	cited: Map<string, Set<number>>
): number[] {
	const source = atlas.sources.get(sourceId);
	if (!source) return [];
	const onPurpose = new Set(source.uncited.map((u) => u.sentence));
	const quoted = cited.get(sourceId) ?? new Set();
	return source.sentences.map((s) => s.n).filter((n) => !quoted.has(n) && !onPurpose.has(n));
}

interface WarningFiles {
	entities?: CatalogueFile | undefined;
	sources: ReadonlyMap<string, LocatedFile>;
}

export function atlasWarnings(atlas: Atlas, files: WarningFiles): Diagnostic[] {
	const out = files.entities ? unusedEntity.check(atlas, files.entities) : [];
	const cited = citedSentences(atlas);
	for (const id of atlas.sources.keys()) {
		const file = files.sources.get(id);
		if (file) out.push(...uncitedSentence.check(file, uncitedSentences(atlas, id, cited)));
	}
	return out;
}
