/** The validated atlas: every id resolved, every quote tied to its sentences. */
import type { Localized, LocalizedList } from '../i18n/localized.ts';
import type { Sentence } from '../text/sentences.ts';
import type {
	ContentLanguage,
	Direction,
	Kind,
	Relation,
	Species,
	StudyKind,
	Support,
	XrefResource
} from '../schema/vocabulary.ts';

export interface Bibliographic {
	title: string;
	authors?: string[];
	journal?: string;
	year?: number;
	volume?: string;
	issue?: string;
	pages?: string;
	pmid?: string;
	pmcid?: string;
	doi?: string;
	url?: string;
	/** Fields that the source page does not give. */
	unverified: string[];
	/** The page the record was checked against, and what it confirmed. */
	provenance?: Provenance;
}

export interface Provenance {
	page: string;
	confirmed: string[];
	note?: string;
}

export interface Source extends Bibliographic {
	id: string;
	text: string;
	sentences: Sentence[];
	/** Chinese sentences aligned to `sentences` by index, when a translation exists. */
	zh?: string[];
	/** Words of the translation the curators correct; `zh` shows each with its correction beside it. */
	terms?: { zh: string; corrected: string }[];
	uncited: { sentence: number; reason: Localized }[];
}

export interface Reference extends Bibliographic {
	id: string;
	listedIn?: { source: string; list: string };
}

export interface Entity {
	id: string;
	label: Localized;
	kind: Kind;
	/** Synonyms and abbreviations in use, in each language, for the search. */
	synonyms: LocalizedList;
	description: Localized;
	xrefs: Partial<Record<XrefResource, string>>;
}

/** The counter-evidence to a contested claim. */
export interface Contested {
	reference: string;
	note: Localized;
}

/** What every piece of evidence may say beyond its support. */
export interface EvidenceKind {
	study?: StudyKind;
	species?: Species;
	contested?: Contested;
}

export interface QuotedEvidence extends EvidenceKind {
	support: 'stated' | 'listed';
	source: string;
	quote: string;
	/** 1-based numbers of the sentences the quote spans. */
	sentences: number[];
	/** Character range of the quote in the source text. */
	start: number;
	end: number;
	note?: Localized;
}

export interface BackgroundEvidence extends EvidenceKind {
	support: 'background';
	reference: string;
	note: Localized;
}

export type Evidence = QuotedEvidence | BackgroundEvidence;

export interface Compartment {
	id: string;
	label: Localized;
	kind: string;
	parent?: string;
}

export interface PathwayNode {
	id: string;
	entity: string;
	/** A translation is the node's own, else the entity's unless the node relabels it. */
	label: Localized;
	compartment?: string;
	/** The hypotheses the node belongs to; absent when it is shared by all. */
	hypotheses?: string[];
	contested?: Contested;
	evidence: Evidence[];
}

export interface PathwayEdge {
	id: string;
	source: string;
	target: string;
	relation: Relation;
	note?: Localized;
	/** The hypotheses the edge belongs to; absent when it is shared by all. */
	hypotheses?: string[];
	contested?: Contested;
	evidence: Evidence[];
}

export interface Step {
	show: string[];
	narration: Localized;
	/** The hypothesis the step focuses on. */
	hypothesis?: string;
}

/** One of competing explanations drawn in a pathway. */
export interface Hypothesis {
	id: string;
	label: Localized;
	summary: Localized;
	evidence: Evidence[];
}

export interface Pathway {
	id: string;
	title: Localized;
	summary: Localized;
	/** The languages the pathway declares itself complete in (English when not given). */
	languages?: ContentLanguage[];
	direction: Direction;
	/** Competing hypotheses; absent when the pathway draws none. */
	hypotheses?: Hypothesis[];
	compartments: Compartment[];
	nodes: PathwayNode[];
	edges: PathwayEdge[];
	steps: Step[];
}

/** The catalogues are Maps: an id is only an id, never a property of Object.prototype. */
export interface Atlas {
	pathways: Pathway[];
	entities: Map<string, Entity>;
	sources: Map<string, Source>;
	references: Map<string, Reference>;
}

export const isQuoted = (e: Evidence): e is QuotedEvidence => e.support !== 'background';
export type { Support };
