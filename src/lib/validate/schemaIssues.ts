/** Turns schema issues into located diagnostics with hints. */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.ts';
import type { DataPath, LocatedFile } from '../yaml/parseLocated.ts';
import { nearest } from '../text/similarity.ts';
import { XREF_FORMATS, type XrefResource } from '../schema/vocabulary.ts';

const KNOWN_FIELDS = [
	'entities',
	'references',
	'id',
	'label',
	'zh',
	'kind',
	'synonyms',
	'synonymsZh',
	'description',
	'xrefs',
	'title',
	'authors',
	'journal',
	'year',
	'volume',
	'issue',
	'pages',
	'pmid',
	'pmcid',
	'doi',
	'url',
	'unverified',
	'provenance',
	'page',
	'confirmed',
	'text',
	'translations',
	'uncited',
	'quote',
	'reason',
	'listedIn',
	'support',
	'source',
	'reference',
	'note',
	'parent',
	'entity',
	'compartment',
	'evidence',
	'target',
	'relation',
	'show',
	'narration',
	'summary',
	'hypotheses',
	'hypothesis',
	'direction',
	'compartments',
	'nodes',
	'edges',
	'steps',
	'hgnc',
	'uniprot',
	'chebi',
	'pubchem',
	'drugbank',
	'mesh',
	'go',
	'ncbigene'
];

function issueToDiagnostics(
	file: LocatedFile,
	issue: z.core.$ZodIssue,
	base: DataPath
): Diagnostic[] {
	const at = [...base, ...(issue.path as (string | number)[])];
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((key) => {
				const guess = nearest(key, KNOWN_FIELDS);
				return file.diagnostic(
					'unknown-field',
					[...at, key],
					`unknown field "${key}"`,
					guess ? `did you mean "${guess}"?` : 'remove it; see schema/*.schema.json for the fields',
					'key'
				);
			});
		case 'invalid_type': {
			const field = at[at.length - 1];
			if (issue.input === undefined && typeof field === 'string') {
				return [
					file.diagnostic(
						'missing-field',
						at.slice(0, -1),
						`missing field "${field}"`,
						`add "${field}: …"`
					)
				];
			}
			return [
				file.diagnostic(
					'wrong-type',
					at,
					`expected ${issue.expected}, found ${describe(issue.input)}`,
					typeHint(issue.expected, at)
				)
			];
		}
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			const guess = typeof issue.input === 'string' ? nearest(issue.input, allowed) : undefined;
			return [
				file.diagnostic(
					'value-not-allowed',
					at,
					`${JSON.stringify(issue.input)} is not allowed here`,
					guess
						? `did you mean "${guess}"? (one of: ${allowed.join(', ')})`
						: `one of: ${allowed.join(', ')}`
				)
			];
		}
		default:
			return [
				file.diagnostic('invalid-format', at, `${fieldName(at)}${issue.message}`, formatHint(at))
			];
	}
}

const FORMAT_HINTS: Record<string, string> = {
	id: 'write ids like "nmda-receptor": lower-case letters, digits and single hyphens',
	pmid: 'write the PubMed id as digits in quotes, e.g. "24392693"',
	pmcid: 'write it like PMC4089991',
	doi: 'write the DOI itself, e.g. 10.1177/0269881120959644, without https://doi.org/',
	url: 'write a full address starting with https://',
	year: 'write the year as four digits, e.g. 2014',
	show: 'list the ids of the elements this step reveals, e.g. [ketamine, nmda-receptor]',
	nodes: 'list at least one node, each with an entity'
};

function formatHint(at: DataPath): string {
	const field = [...at].reverse().find((s): s is string => typeof s === 'string') ?? '';
	const xref = XREF_FORMATS[field as XrefResource];
	if (xref) return `write the identifier like ${xref.example}, and only when you are certain of it`;
	return FORMAT_HINTS[field] ?? 'see schema/*.schema.json for what this field takes';
}

function typeHint(expected: string, at: DataPath): string {
	if (expected === 'string') return 'put the value in quotes, e.g. volume: "35"';
	if (expected === 'array') return 'write a list: one "- item" per line, or [a, b]';
	if (expected === 'object')
		return 'write a mapping of "key: value" lines, indented under this key';
	return formatHint(at);
}

function fieldName(at: DataPath): string {
	const last = at[at.length - 1];
	return typeof last === 'string' ? `"${last}" ` : '';
}

function describe(value: unknown): string {
	if (value === null || value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

/** Checks `data` against `schema`; returns the parsed value or undefined, adding diagnostics. */
export function checkSchema<T extends z.ZodType>(
	schema: T,
	file: LocatedFile,
	data: unknown,
	base: DataPath,
	out: Diagnostic[]
): z.output<T> | undefined {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return result.data;
	for (const issue of result.error.issues) out.push(...issueToDiagnostics(file, issue, base));
	return undefined;
}

/** Checks each item of a list on its own, so one bad item does not hide the others. */
export function checkItems<T extends z.ZodType>(
	schema: T,
	file: LocatedFile,
	list: unknown,
	base: DataPath,
	out: Diagnostic[]
): { index: number; value: z.output<T> }[] {
	if (list === undefined) return [];
	if (!Array.isArray(list)) {
		out.push(
			file.diagnostic(
				'wrong-type',
				base,
				`expected a list, found ${describe(list)}`,
				'write each item on its own line, starting with "- "'
			)
		);
		return [];
	}
	const kept: { index: number; value: z.output<T> }[] = [];
	list.forEach((item, index) => {
		const value = checkSchema(schema, file, item, [...base, index], out);
		if (value !== undefined) kept.push({ index, value });
	});
	return kept;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
