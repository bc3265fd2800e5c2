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
	SUPPORTS,
	XREF_FORMATS,
	type XrefResource
} from './vocabulary.ts';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
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
	description: text,
	descriptionZh: zhOf('the description'),
	xrefs: xrefs.optional()
});

export const entitiesFileSchema = z.strictObject({ entities: z.array(entitySchema) });

const year = z.number().int().min(1900).max(2100);
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
	url: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).optional(),
	unverified: z
		.array(z.string())
		.optional()
		.describe('Fields not given on the source page: shown as unverified.')
};

export const sourceFileSchema = z.strictObject({
	...bibliographic,
	seed: z.string().optional().describe('The saved page this text was taken from.'),
	text: text.describe('The abstract, verbatim.'),
	translations: z.strictObject({ zh: text.optional() }).optional(),
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

export const evidenceSchema = z.strictObject({
	support: z.enum(SUPPORTS),
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
	evidence
});

export const edgeSchema = z.strictObject({
	id: id.optional().describe('Defaults to "<source>-<relation>-<target>".'),
	source: id,
	target: id,
	relation: z.enum(RELATIONS),
	note: text.optional(),
	noteZh: zhOf('the note'),
	evidence
});

export const stepSchema = z.strictObject({
	show: z.array(id).min(1, { message: 'a step shows at least one element' }),
	narration: text,
	narrationZh: zhOf('the narration')
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
	compartments: z.array(compartmentSchema).default([]),
	nodes: z.array(nodeSchema).min(1, { message: 'a pathway has at least one node' }),
	edges: z.array(edgeSchema).default([]),
	steps: z.array(stepSchema).default([])
});

export type EntityFile = z.infer<typeof entitySchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
export type ReferenceFile = z.infer<typeof referenceSchema>;
export type EvidenceFile = z.infer<typeof evidenceSchema>;
export type PathwayFile = z.infer<typeof pathwayFileSchema>;
