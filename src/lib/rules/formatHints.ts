/** What a field takes, said as a hint: shared by the rules on a value's type and format. */
import { XREF_FORMATS, type XrefResource } from '../schema/vocabulary.ts';
import type { DataPath } from './rule.ts';

const FORMAT_HINTS = new Map<string, string>([
	['id', 'write ids like "nmda-receptor": lower-case letters, digits and single hyphens'],
	['pmid', 'write the PubMed id as digits in quotes, e.g. "24392693"'],
	['pmcid', 'write it like PMC4089991'],
	['doi', 'write the DOI itself, e.g. 10.1177/0269881120959644, without https://doi.org/'],
	['url', 'write a full address starting with https://'],
	['year', 'write the year as four digits, e.g. 2014'],
	['show', 'list the ids of the elements this step reveals, e.g. [ketamine, nmda-receptor]'],
	['nodes', 'list at least one node, each with an entity']
]);

/** The hint for the innermost named field of `at`. */
export function formatHint(at: DataPath): string {
	const field = [...at].reverse().find((s): s is string => typeof s === 'string') ?? '';
	const xref = XREF_FORMATS[field as XrefResource];
	if (xref) return `write the identifier like ${xref.example}, and only when you are certain of it`;
	return FORMAT_HINTS.get(field) ?? 'see schema/*.schema.json for what this field takes';
}
