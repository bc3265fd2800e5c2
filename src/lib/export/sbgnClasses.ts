/**
 * How the atlas's vocabulary reads in SBGN Activity Flow (AF, Level 1): the glyph class of each
 * node kind, the entity shape of its unit of information, and the arc class of each relation.
 * The SBGN table of docs/exports.md is this file in words.
 */
import type { Kind, Relation } from '../schema/vocabulary.ts';

/** The namespace of SBGN-ML 0.3 (libSBGN milestone 3). */
export const SBGN_NAMESPACE = 'http://sbgn.org/libsbgn/0.3';
export const AF_LANGUAGE = 'activity flow';
export const AF_VERSION =
	'http://identifiers.org/combine.specifications/sbgn.af.level-1.version-1.2';

/** The glyph and arc classes an AF map may use (AF Level 1, as libSBGN's SBGN.xsd names them). */
export const AF_GLYPH_CLASSES = [
	'biological activity',
	'phenotype',
	'perturbation',
	'and',
	'or',
	'not',
	'delay',
	'compartment',
	'submap',
	'tag',
	'terminal',
	'unit of information'
] as const;
export const AF_ARC_CLASSES = [
	'positive influence',
	'negative influence',
	'unknown influence',
	'necessary stimulation',
	'logic arc',
	'equivalence arc'
] as const;
export type AfGlyphClass = (typeof AF_GLYPH_CLASSES)[number];
export type AfArcClass = (typeof AF_ARC_CLASSES)[number];

/** The shapes a unit of information on a biological activity may take (its `<entity name>`). */
export type AfEntity = 'unspecified entity' | 'simple chemical' | 'macromolecule';

/**
 * Outcomes and processes are AF phenotypes, as long as they only receive influences: AF starts no
 * arc at a phenotype, so one that influences something is a biological activity, its kind in its
 * unit of information. Everything else is the activity of an entity.
 */
const PHENOTYPES: ReadonlySet<Kind> = new Set(['process', 'disorder', 'clinical-outcome']);

const ENTITY_OF_KIND: Record<Kind, AfEntity> = {
	drug: 'simple chemical',
	'drug-class': 'simple chemical',
	neurotransmitter: 'simple chemical',
	receptor: 'macromolecule',
	'ion-channel': 'macromolecule',
	kinase: 'macromolecule',
	protein: 'macromolecule',
	'growth-factor': 'macromolecule',
	// steroid or peptide: the kind does not say
	hormone: 'unspecified entity',
	'cell-type': 'unspecified entity',
	'brain-region': 'unspecified entity',
	process: 'unspecified entity',
	disorder: 'unspecified entity',
	'clinical-outcome': 'unspecified entity'
};

export const glyphClassOf = (kind: Kind, influences = false): AfGlyphClass =>
	PHENOTYPES.has(kind) && !influences ? 'phenotype' : 'biological activity';

export const entityOf = (kind: Kind): AfEntity => ENTITY_OF_KIND[kind];

/**
 * AF has influences only. binds, contains and is-a state no effect of one activity on another:
 * they become unknown influences, with the relation kept in the arc's notes and extension.
 * No relation says the source is required for the target, so none is a necessary stimulation.
 */
export const ARC_CLASS_OF: Record<Relation, AfArcClass> = {
	activates: 'positive influence',
	increases: 'positive influence',
	releases: 'positive influence',
	'leads-to': 'positive influence',
	inhibits: 'negative influence',
	blocks: 'negative influence',
	decreases: 'negative influence',
	modulates: 'unknown influence',
	binds: 'unknown influence',
	contains: 'unknown influence',
	'is-a': 'unknown influence'
};
