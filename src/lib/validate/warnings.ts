/** Problems that do not stop the atlas: gaps a curator should look at. */
import type { Diagnostic } from '../diagnostics.ts';
import type { Atlas, Pathway } from '../model/atlas.ts';
import { isQuoted } from '../model/atlas.ts';
import type { LocatedFile } from '../yaml/parseLocated.ts';

function warn(
	file: LocatedFile,
	at: (string | number)[],
	message: string,
	hint?: string
): Diagnostic {
	return { ...file.diagnostic(at, message, hint), severity: 'warning' };
}

export function pathwayWarnings(p: Pathway, file: LocatedFile): Diagnostic[] {
	const out: Diagnostic[] = [];
	const connected = new Set(p.edges.flatMap((e) => [e.source, e.target]));
	p.nodes.forEach((n, i) => {
		if (!n.evidence.length)
			out.push(
				warn(
					file,
					['nodes', i],
					`node "${n.id}" has no evidence`,
					'add a quote, or background evidence with a note'
				)
			);
		if (p.nodes.length > 1 && !connected.has(n.id))
			out.push(
				warn(
					file,
					['nodes', i],
					`node "${n.id}" has no edges`,
					'connect it or move it to the pathway it belongs to'
				)
			);
	});
	p.edges.forEach((e, i) => {
		if (!e.evidence.length)
			out.push(
				warn(
					file,
					['edges', i],
					`edge "${e.id}" has no evidence`,
					'add a quote, or background evidence with a note'
				)
			);
	});
	return out;
}

/** Sentence numbers of each source that some evidence quotes. */
export function citedSentences(atlas: Atlas): Map<string, Set<number>> {
	const cited = new Map<string, Set<number>>(
		Object.keys(atlas.sources).map((id) => [id, new Set()])
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
	const source = atlas.sources[sourceId];
	if (!source) return [];
	const onPurpose = new Set(source.uncited.map((u) => u.sentence));
	const quoted = cited.get(sourceId) ?? new Set();
	return source.sentences.map((s) => s.n).filter((n) => !quoted.has(n) && !onPurpose.has(n));
}

export function atlasWarnings(
	atlas: Atlas,
	files: { entities?: LocatedFile; sources: Record<string, LocatedFile> }
): Diagnostic[] {
	const out: Diagnostic[] = [];
	const used = new Set(atlas.pathways.flatMap((p) => p.nodes.map((n) => n.entity)));
	if (files.entities) {
		const entitiesFile = files.entities;
		Object.keys(atlas.entities).forEach((id) => {
			if (used.has(id)) return;
			const index = Object.keys(atlas.entities).indexOf(id);
			out.push(warn(entitiesFile, ['entities', index], `entity "${id}" is used by no pathway`));
		});
	}
	const cited = citedSentences(atlas);
	for (const id of Object.keys(atlas.sources)) {
		const file = files.sources[id];
		const missing = uncitedSentences(atlas, id, cited);
		if (file && missing.length) {
			out.push(
				warn(
					file,
					['text'],
					`${missing.length} sentence(s) cited by no element: ${missing.map((n) => `s${n}`).join(', ')}`,
					'cite them from a pathway, or list them under "uncited" with a reason'
				)
			);
		}
	}
	return out;
}
