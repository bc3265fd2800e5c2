import { RECORD_FIELDS } from '../schema/files.ts';
import { nearest } from '../text/similarity.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

/** Every field of every kind of record: an unknown one is most likely a typo of one of these. */
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
	...RECORD_FIELDS,
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

function guessHint(key: string): string {
	const guess = nearest(key, KNOWN_FIELDS);
	return guess ? `did you mean "${guess}"?` : 'remove it; see schema/*.schema.json for the fields';
}

export const unknownField = defineRule({
	id: 'unknown-field',
	severity: 'error',
	description: 'a field that this kind of record does not have',
	/** `at`: the record; `onlyKey`: the one key a catalogue's top level has. */
	check: (file: Locator, at: DataPath, key: string, onlyKey?: string): Diagnostic =>
		file.diagnostic(
			unknownField,
			[...at, key],
			`unknown field "${key}"`,
			onlyKey ? `only "${onlyKey}" belongs at the top level` : guessHint(key),
			'key'
		)
});
