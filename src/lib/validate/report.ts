/** The machine-readable summary printed by `npm run validate -- --json`. */
import type { Atlas, Evidence } from '../model/atlas.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { citedSentences, uncitedSentences } from './warnings.ts';
import type { ValidationResult } from './validateAtlas.ts';

function evidenceJson(e: Evidence) {
	if (e.support === 'background') {
		return {
			source: e.reference,
			reference: e.reference,
			sentence: null,
			quote: null,
			support: e.support,
			note: e.note.en
		};
	}
	return {
		source: e.source,
		sentence: e.sentences[0] ?? null,
		sentences: e.sentences,
		quote: e.quote,
		support: e.support,
		start: e.start,
		end: e.end
	};
}

const diagnosticJson = ({ rule, path, line, column, message, hint }: Diagnostic) => ({
	rule,
	path,
	line,
	column,
	message,
	...(hint ? { hint } : {})
});

export function sourceCoverage(atlas: Atlas) {
	const cited = citedSentences(atlas);
	return [...atlas.sources.values()].map((s) => ({
		id: s.id,
		title: s.title,
		sentences: s.sentences.length,
		cited: [...(cited.get(s.id) ?? [])].sort((a, b) => a - b),
		uncitedOnPurpose: s.uncited.map((u) => ({ sentence: u.sentence, reason: u.reason.en })),
		uncited: uncitedSentences(atlas, s.id, cited)
	}));
}

export function reportJson({ atlas, errors, warnings }: ValidationResult) {
	return {
		pathways: atlas.pathways.map((p) => ({
			id: p.id,
			title: p.title.en,
			hypotheses: (p.hypotheses ?? []).map((h) => ({
				id: h.id,
				label: h.label.en,
				zh: h.label.zh ?? null,
				summary: h.summary.en,
				evidence: h.evidence.map(evidenceJson)
			})),
			nodes: p.nodes.map((n) => ({
				id: n.id,
				entity: n.entity,
				label: n.label.en,
				compartment: n.compartment ?? null,
				hypotheses: n.hypotheses ?? [],
				evidence: n.evidence.map(evidenceJson)
			})),
			edges: p.edges.map((e) => ({
				id: e.id,
				source: e.source,
				target: e.target,
				relation: e.relation,
				hypotheses: e.hypotheses ?? [],
				evidence: e.evidence.map(evidenceJson)
			})),
			steps: p.steps.map((s) => ({
				show: s.show,
				narration: s.narration.en,
				hypothesis: s.hypothesis ?? null
			}))
		})),
		sources: sourceCoverage(atlas),
		errors: errors.map(diagnosticJson),
		warnings: warnings.map(diagnosticJson)
	};
}
