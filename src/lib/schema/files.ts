/**
 * The schema of every curated file. One source of truth: the validator checks
 * files against it, and scripts/write-schema.ts turns it into JSON Schema for editors.
 */
import { z } from 'zod';
import {
	COMPARTMENT_KINDS,
	DIRECTIONS,
	KINDS,
	CONTENT_LANGUAGES,
	RELATIONS,
	SPECIES,
	STUDY_KINDS,
	SUPPORTS,
	XREF_FORMATS,
	type XrefResource
} from './vocabulary.ts';

/** An id's form, as a pattern's source: for an HTML input's `pattern` (anchored there) too. */
export const ID_PATTERN_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const ID_PATTERN = new RegExp(`^${ID_PATTERN_SOURCE}$`);
const id = z
	.string()
	.regex(ID_PATTERN, { message: 'an id is lower-case letters, digits and single hyphens' })
	.describe('A stable id: lower-case letters, digits and hyphens, e.g. "nmda-receptor".');
const text = z.string().trim().min(1, { message: 'must not be empty' });
/** The Chinese of a reader-visible text, written beside it as `<field>Zh` (a label's is `zh`). */
const zhOf = (what: string) =>
	text.optional().describe(`The simplified Chinese of ${what}, with the same meaning.`);

const xrefs = z
	.strictObject(
		Object.fromEntries(
			Object.entries(XREF_FORMATS).map(([name, f]) => [
				name,
				z
					.string()
					.regex(f.pattern, { message: `not a ${name} identifier (expected like ${f.example})` })
					.optional()
			])
		) as Record<XrefResource, z.ZodOptional<z.ZodString>>
	)
	.describe('Cross-references; only identifiers the curator is certain of.');

export const entitySchema = z.strictObject({
	id,
	label: text,
	zh: text.optional().describe('The usual simplified Chinese term.'),
	kind: z.enum(KINDS),
	synonyms: z.array(text).optional(),
	synonymsZh: z
		.array(text)
		.optional()
		.describe('Chinese synonyms and abbreviations in use (NMDA受体), found by the search.'),
	description: text,
	descriptionZh: zhOf('the description'),
	xrefs: xrefs.optional()
});

export const entitiesFileSchema = z.strictObject({ entities: z.array(entitySchema) });

const year = z.number().int().min(1900).max(2100);

/** The details of a record that a page can confirm or leave unconfirmed. */
export const DETAILS = [
	'title',
	'authors',
	'journal',
	'year',
	'volume',
	'issue',
	'pages',
	'pmid',
	'pmcid',
	'doi'
] as const;
export type Detail = (typeof DETAILS)[number];

/** A bibliographic record's fields, in the order the source files write them. */
export const RECORD_FIELDS = [...DETAILS, 'url'] as const;

const address = z.url({ protocol: /^https?$/, message: 'must be an http(s) address' });

const provenance = z
	.strictObject({
		page: address.describe(
			'An address a reader can open: the PubMed or publisher page the record was checked against, or its DOI.'
		),
		confirmed: z
			.array(z.enum(DETAILS))
			.describe('Details that the page gave. Every other detail of the record is unverified.'),
		note: text
			.optional()
			.describe(
				'What the page was, what it gave and did not give, and where else a detail appears.'
			)
	})
	.describe(
		'Where the record was checked: each detail is either confirmed here or listed as unverified.'
	);

const bibliographic = {
	title: text,
	authors: z.array(text).optional(),
	journal: text.optional(),
	year: year.optional(),
	volume: z.string().optional(),
	issue: z.string().optional(),
	pages: z.string().optional(),
	pmid: z.string().regex(/^\d+$/, { message: 'a PMID is digits only' }).optional(),
	pmcid: z
		.string()
		.regex(/^PMC\d+$/, { message: 'a PMCID looks like PMC4089991' })
		.optional(),
	doi: z
		.string()
		.regex(/^10\.\d{4,9}\/\S+$/, { message: 'a DOI starts with "10." and has no spaces' })
		.optional(),
	url: address.optional(),
	unverified: z
		.array(z.string())
		.optional()
		.describe('Fields not given on the source page: shown as unverified.'),
	provenance: provenance.optional()
};

export const sourceFileSchema = z.strictObject({
	...bibliographic,
	text: text.describe('The abstract, verbatim.'),
	translations: z.strictObject({ zh: text.optional() }).optional(),
	terms: z
		.array(z.strictObject({ zh: text, corrected: text }))
		.optional()
		.describe(
			"Words of the Chinese translation, kept verbatim, that the curators correct: each is shown with the curators' term beside it."
		),
	uncited: z
		.array(z.strictObject({ quote: text, reason: text }))
		.optional()
		.describe('Sentences left uncited on purpose, each with the reason.'),
	imported: z
		.strictObject({ format: text, from: text, date: text })
		.optional()
		.describe('Written by npm run add-source: the input format, what was read, and when.')
});

export const referenceSchema = z.strictObject({
	id,
	...bibliographic,
	listedIn: z
		.strictObject({ source: id, list: z.enum(['similar-articles', 'cited-by', 'references']) })
		.optional()
});
export const referencesFileSchema = z.strictObject({ references: z.array(referenceSchema) });

/** The other side of a claim: who disagrees, and why. */
export const contestedSchema = z
	.strictObject({
		reference: id.describe('A reference record that gives the counter-evidence.'),
		note: text.describe('What the counter-evidence shows, in a line or two.'),
		noteZh: zhOf('the note')
	})
	.describe('The claim is contested: the counter-evidence, with its reference.');

export const evidenceSchema = z.strictObject({
	support: z.enum(SUPPORTS),
	study: z
		.enum(STUDY_KINDS)
		.optional()
		.describe(
			'What kind of study the claim rests on: what the quoted sentence reports, or what the reference is.'
		),
	species: z
		.enum(SPECIES)
		.optional()
		.describe('The species studied, for animal, ex vivo and in vitro kinds.'),
	contested: contestedSchema.optional(),
	source: id.optional().describe('A source in pathways/sources (stated or listed evidence).'),
	quote: text.optional().describe('Verbatim text of the source; white space is ignored.'),
	reference: id.optional().describe('A reference record (background evidence).'),
	note: text.optional().describe('Curator note: what is assumed (required for background).'),
	noteZh: zhOf('the curator note')
});

const evidence = z.array(evidenceSchema).optional();

export const compartmentSchema = z.strictObject({
	id,
	label: text,
	zh: text.optional(),
	kind: z.enum(COMPARTMENT_KINDS).optional(),
	parent: id.optional()
});

const memberOf = z
	.array(id)
	.min(1, { message: 'list at least one hypothesis, or leave the field out' })
	.optional()
	.describe(
		'The hypotheses of the pathway this element belongs to; an element that lists none is shared by all.'
	);

export const hypothesisSchema = z.strictObject({
	id,
	label: text.describe('A short name, e.g. "Disinhibition".'),
	zh: text.optional().describe('The usual simplified Chinese term.'),
	summary: text.describe('One line: what the hypothesis proposes.'),
	summaryZh: zhOf('the summary'),
	evidence
});

export const nodeSchema = z.strictObject({
	id: id.optional().describe('Defaults to the entity id.'),
	entity: id,
	label: text.optional().describe('A local label; defaults to the entity label.'),
	zh: text
		.optional()
		.describe(
			'The Chinese of the local label (defaults to the entity’s zh, but only when the label is the entity’s own).'
		),
	compartment: id.optional(),
	hypotheses: memberOf,
	contested: contestedSchema.optional(),
	evidence
});

export const edgeSchema = z.strictObject({
	id: id.optional().describe('Defaults to "<source>-<relation>-<target>".'),
	source: id,
	target: id,
	relation: z.enum(RELATIONS),
	note: text.optional(),
	noteZh: zhOf('the note'),
	hypotheses: memberOf,
	contested: contestedSchema.optional(),
	evidence
});

export const stepSchema = z.strictObject({
	show: z.array(id).min(1, { message: 'a step shows at least one element' }),
	narration: text,
	narrationZh: zhOf('the narration'),
	hypothesis: id.optional().describe('A hypothesis of the pathway that this step focuses on.')
});

export const pathwayFileSchema = z.strictObject({
	title: text,
	titleZh: zhOf('the title'),
	summary: text,
	summaryZh: zhOf('the summary'),
	languages: z
		.array(z.enum(CONTENT_LANGUAGES))
		.optional()
		.describe(
			'The languages this pathway is complete in: with "zh", a text without its Chinese is an error, not a warning.'
		),
	direction: z.enum(DIRECTIONS).default('TB'),
	hypotheses: z
		.array(hypothesisSchema)
		.default([])
		.describe('Competing hypotheses drawn in this pathway; elements name the ones they belong to.'),
	compartments: z.array(compartmentSchema).default([]),
	nodes: z.array(nodeSchema).min(1, { message: 'a pathway has at least one node' }),
	edges: z.array(edgeSchema).default([]),
	steps: z.array(stepSchema).default([])
});

export type EntityFile = z.infer<typeof entitySchema>;
export type ProvenanceFile = z.infer<typeof provenance>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
export type ReferenceFile = z.infer<typeof referenceSchema>;
export type EvidenceFile = z.infer<typeof evidenceSchema>;
export type ContestedFile = z.infer<typeof contestedSchema>;
export type PathwayFile = z.infer<typeof pathwayFileSchema>;
