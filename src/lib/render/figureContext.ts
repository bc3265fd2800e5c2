/**
 * What a figure needs from the atlas beyond its layout: the title, the lecture steps, and for
 * each element the bibliographic records its evidence cites. Plain data, built by one function;
 * its tables keyed by ids are Maps (an id such as "constructor" is only an id).
 */
import type { Bibliographic, Pathway } from '../model/atlas.ts';
import { figureTexts, type FigureTexts } from './figureLanguage.ts';

export interface CitedRecord extends Bibliographic {
	/** `source:<id>` or `reference:<id>`: sources and references have separate id spaces. */
	key: string;
}

export interface FigureContext {
	title: string;
	steps: { show: string[]; narration: string }[];
	/** The pathway's competing hypotheses, when it draws any. */
	hypotheses?: { id: string; label: string; summary: string }[];
	/** Per node and edge id that belongs to some hypotheses, which; shared elements are absent. */
	members?: Map<string, string[]>;
	/** Per node and edge id, the keys of the records its evidence cites, first citation first. */
	cites: Map<string, string[]>;
	records: Map<string, CitedRecord>;
	/** The curated texts in every language, each drawn in place of the English in its language. */
	texts?: FigureTexts;
}

/** The records an atlas (or a pathway page's data) holds. */
export interface RecordSource {
	sources: ReadonlyMap<string, Bibliographic>;
	references: ReadonlyMap<string, Bibliographic>;
}

function bibliographic(r: Bibliographic): Bibliographic {
	const { title, authors, journal, year, volume, issue, pages, pmid, pmcid, doi, url } = r;
	const fields = { title, authors, journal, year, volume, issue, pages, pmid, pmcid, doi, url };
	return {
		...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
		title,
		unverified: [...r.unverified]
	};
}

export function figureContext(pathway: Pathway, from: RecordSource): FigureContext {
	const cites = new Map<string, string[]>();
	const records = new Map<string, CitedRecord>();
	for (const element of [...pathway.nodes, ...pathway.edges]) {
		const cited = element.evidence.map((e) =>
			e.support === 'background'
				? { key: `reference:${e.reference}`, record: from.references.get(e.reference) }
				: { key: `source:${e.source}`, record: from.sources.get(e.source) }
		);
		cites.set(element.id, [...new Set(cited.map((c) => c.key))]);
		for (const { key, record } of cited)
			if (record && !records.has(key)) records.set(key, { key, ...bibliographic(record) });
	}
	const members = new Map<string, string[]>(
		[...pathway.nodes, ...pathway.edges].flatMap((el) =>
			el.hypotheses?.length ? [[el.id, [...el.hypotheses]]] : []
		)
	);
	return {
		title: pathway.title.en,
		steps: pathway.steps.map((s) => ({ show: [...s.show], narration: s.narration.en })),
		...(pathway.hypotheses?.length
			? {
					hypotheses: pathway.hypotheses.map(({ id, label, summary }) => ({
						id,
						label: label.en,
						summary: summary.en
					})),
					members
				}
			: {}),
		cites,
		records,
		texts: figureTexts(pathway)
	};
}
