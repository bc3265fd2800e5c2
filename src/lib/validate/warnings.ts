/** Problems that do not stop the atlas: gaps a curator should look at. */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { Atlas, Pathway } from '../model/atlas.ts';
import { isQuoted } from '../model/atlas.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';
import { hypothesisWarnings } from './hypotheses.ts';

const NO_EVIDENCE_HINT =
	'add a quote from a source, or background evidence with a reference and a note';

export function pathwayWarnings(
	p: Pathway,
	file: LocatedFile,
	itemPath: (id: string) => DataPath
): Diagnostic[] {
	const out: Diagnostic[] = [];
	const connected = new Set(p.edges.flatMap((e) => [e.source, e.target]));
	for (const n of p.nodes) {
		const at = itemPath(n.id);
		if (!n.evidence.length)
			out.push(
				file.diagnostic('no-evidence', at, `node "${n.id}" has no evidence`, NO_EVIDENCE_HINT)
			);
		if (p.nodes.length > 1 && !connected.has(n.id)) {
			out.push(
				file.diagnostic(
					'unconnected-node',
					at,
					`node "${n.id}" has no edges`,
					'connect it, or move it to the pathway it belongs to'
				)
			);
		}
	}
	for (const e of p.edges) {
		if (!e.evidence.length)
			out.push(
				file.diagnostic(
					'no-evidence',
					itemPath(e.id),
					`edge "${e.id}" has no evidence`,
					NO_EVIDENCE_HINT
				)
			);
	}
	out.push(...stepWarnings(p, file, itemPath), ...hypothesisWarnings(p, file));
	return out;
}

/** In a pathway with lecture steps, every node and edge should appear in one. */
function stepWarnings(
	p: Pathway,
	file: LocatedFile,
	itemPath: (id: string) => DataPath
): Diagnostic[] {
	if (!p.steps.length) return [];
	const shown = new Set(p.steps.flatMap((s) => s.show));
	return [...p.nodes, ...p.edges]
		.filter((el) => !shown.has(el.id))
		.map((el) =>
			file.diagnostic(
				'not-in-any-step',
				itemPath(el.id),
				`"${el.id}" is revealed by no lecture step`,
				`add "${el.id}" to the "show" list of a step`
			)
		);
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
	entities?: { file: LocatedFile; index: ReadonlyMap<string, number> };
	sources: ReadonlyMap<string, LocatedFile>;
}

function unusedEntities(
	atlas: Atlas,
	catalogue: NonNullable<WarningFiles['entities']>
): Diagnostic[] {
	const used = new Set(atlas.pathways.flatMap((p) => p.nodes.map((n) => n.entity)));
	return [...atlas.entities.keys()]
		.filter((id) => !used.has(id))
		.map((id) =>
			catalogue.file.diagnostic(
				'unused-entity',
				['entities', catalogue.index.get(id) ?? 0],
				`entity "${id}" is used by no pathway`,
				'use it in a pathway, or remove it from the catalogue'
			)
		);
}

export function atlasWarnings(atlas: Atlas, files: WarningFiles): Diagnostic[] {
	const out = files.entities ? unusedEntities(atlas, files.entities) : [];
	const cited = citedSentences(atlas);
	for (const id of atlas.sources.keys()) {
		const file = files.sources.get(id);
		const missing = uncitedSentences(atlas, id, cited);
		if (file && missing.length) {
			const list = missing.map((n) => `s${n}`).join(', ');
			out.push(
				file.diagnostic(
					'uncited-sentence',
					['text'],
					`${missing.length} sentence(s) cited by no element: ${list}`,
					'cite them from a pathway, or list them under "uncited" with a reason'
				)
			);
		}
	}
	return out;
}

/** An atlas folder with no pathway file: valid, and the site says there is nothing yet. */
export function noPathwaysWarning(root: string): Diagnostic {
	return diagnostic(
		'no-pathways',
		{ path: root, line: 1, column: 1 },
		'no pathway files yet: the site will be an index that says so',
		'add <id>.yaml beside entities.yaml (see "Adding a pathway" in the README)'
	);
}
