/** The closed vocabularies of the pathway format. */

export const RELATIONS = [
	'activates',
	'inhibits',
	'blocks',
	'binds',
	'modulates',
	'releases',
	'increases',
	'decreases',
	'leads-to',
	'contains',
	'is-a'
] as const;
export type Relation = (typeof RELATIONS)[number];

export const KINDS = [
	'drug',
	'drug-class',
	'receptor',
	'ion-channel',
	'cell-type',
	'neurotransmitter',
	'hormone',
	'growth-factor',
	'kinase',
	'protein',
	'process',
	'brain-region',
	'disorder',
	'clinical-outcome'
] as const;
export type Kind = (typeof KINDS)[number];

export const SUPPORTS = ['stated', 'listed', 'background'] as const;
export type Support = (typeof SUPPORTS)[number];

export const DIRECTIONS = ['TB', 'LR', 'BT', 'RL'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The languages curated text is written in: English always, Chinese beside it. */
export const CONTENT_LANGUAGES = ['en', 'zh'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const COMPARTMENT_KINDS = ['cell', 'synapse', 'region', 'group'] as const;

/** Cross-reference resources, each with the format its identifiers must have. */
export const XREF_FORMATS = {
	hgnc: { pattern: /^HGNC:\d+$/, example: 'HGNC:1033' },
	uniprot: {
		pattern: /^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})$/,
		example: 'P23560'
	},
	chebi: { pattern: /^CHEBI:\d+$/, example: 'CHEBI:6121' },
	pubchem: { pattern: /^\d+$/, example: '3821' },
	drugbank: { pattern: /^DB\d{5}$/, example: 'DB01221' },
	mesh: { pattern: /^[DC]\d{6,9}$/, example: 'D007649' },
	go: { pattern: /^GO:\d{7}$/, example: 'GO:0017146' },
	ncbigene: { pattern: /^\d+$/, example: '627' }
} as const;
export type XrefResource = keyof typeof XREF_FORMATS;

/** What kind of study a claim rests on: what the cited sentence reports, or the reference is. */
export const STUDY_KINDS = [
	'human-rct',
	'human-trial',
	'human-observational',
	'human-imaging',
	'post-mortem',
	'animal-in-vivo',
	'ex-vivo',
	'in-vitro',
	'review'
] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];

/** The kinds whose subjects are people: what "shown in humans" means. */
export const HUMAN_STUDY_KINDS: ReadonlySet<StudyKind> = new Set([
	'human-rct',
	'human-trial',
	'human-observational',
	'human-imaging',
	'post-mortem'
]);

/** The kinds where the species matters and may be named. */
export const SPECIES_STUDY_KINDS: ReadonlySet<StudyKind> = new Set([
	'animal-in-vivo',
	'ex-vivo',
	'in-vitro'
]);

export const SPECIES = ['mouse', 'rat', 'non-human-primate', 'human-cells'] as const;
export type Species = (typeof SPECIES)[number];
