/**
 * Every problem the validator can report (the atlas folder, its files and what they say), by a stable
 * id. A diagnostic names its rule, so tests and scripts ask WHICH problem was found rather than
 * match its wording, and a reader can look the rule up in docs/validator.md. The severity lives here:
 * a rule is always an error or always a warning.
 */

export type Severity = 'error' | 'warning';

interface Rule {
	severity: Severity;
	description: string;
}

const error = (description: string): Rule => ({ severity: 'error', description });
const warning = (description: string): Rule => ({ severity: 'warning', description });

export const RULES = {
	// Reading the atlas folder
	'atlas-unreadable': error('the atlas folder itself cannot be read'),
	'unreadable-file': error('a file or folder cannot be read (permissions, vanished)'),
	'broken-link': error('a symbolic link points at a missing file'),
	'link-outside-atlas': error('a symbolic link leads outside the atlas folder'),
	'not-a-regular-file': error('a YAML name is neither a file nor a folder'),
	'folder-named-like-file': error('a folder has a YAML file name'),
	'hidden-file': warning('a YAML file whose name starts with "." is not read'),
	'folder-not-read': warning('a folder holding YAML files is not read'),
	'sources-not-a-folder': error('sources is a file, not the folder of sources'),
	'second-catalogue': error('a second entities or references file beside the first'),
	'missing-catalogue': error('the atlas folder has no entities.yaml'),
	'invalid-file-name': error('a pathway or source file name is not a valid id'),
	'duplicate-file-id': error('two files name the same pathway or source'),
	'no-pathways': warning('the atlas folder has no pathway file yet'),
	// Text and YAML
	'invalid-utf8': error('a file is not UTF-8 text'),
	'control-character': error('an invisible control character other than tab and line break'),
	'yaml-syntax': error('the file is not valid YAML'),
	'yaml-alias': error('a value starting with * is read as an unknown YAML alias'),
	'too-deeply-nested': error('brackets or indentation nested too deeply to read'),
	'file-too-large': error('a file longer than a curated file may be (8 million characters)'),
	// The shape of a file
	'empty-file': error('a catalogue file is empty'),
	'file-shape': error('the top level of a file is not the mapping it should be'),
	'unknown-field': error('a field that this kind of record does not have'),
	'missing-field': error('a required field is missing'),
	'wrong-type': error('a value of the wrong type (text, number, list, mapping)'),
	'value-not-allowed': error('a value outside the fixed list this field takes'),
	'invalid-format': error('a value that breaks its field’s format (id, PMID, DOI, year …)'),
	'no-nodes': error('a pathway with an empty node list'),
	// Ids and references between them
	'duplicate-id': error('an id defined twice in one catalogue or pathway'),
	'unknown-entity': error('a node names an entity the catalogue does not define'),
	'unknown-compartment': error('a compartment or parent the pathway does not define'),
	'unknown-node': error('an edge end that is not a node of the pathway'),
	'unknown-element': error('a lecture step shows an id the pathway does not define'),
	'unknown-hypothesis': error('a hypothesis the pathway does not declare'),
	'unknown-source': error('evidence quotes a source that does not exist'),
	'unknown-reference': error(
		'evidence or counter-evidence cites a reference record that does not exist'
	),
	'self-loop': error('an edge from a node to itself'),
	'compartment-cycle': error('compartment parents that go round in a circle'),
	'hypothesis-edge-end': error('an edge shown for a hypothesis has an end that is not'),
	// Evidence
	'quote-not-in-source': error('a quote that is not found verbatim in its source'),
	'quote-too-short': error('a quote too short to identify a claim'),
	'quote-without-source': error('stated or listed evidence without its source and quote'),
	'quote-cites-reference': error('stated or listed evidence that cites a reference record'),
	'background-quotes-source': error('background evidence that gives a source or quote'),
	'background-without-reference': error('background evidence without a reference record'),
	'background-without-note': error('background evidence without a curator note'),
	'species-without-study': error(
		'evidence names a species without an animal, ex vivo or in vitro study kind'
	),
	'translation-misaligned': error('a source translation without one sentence per sentence'),
	'provenance-unclassified': error('a record detail neither confirmed nor unverified'),
	'provenance-both': error('a record detail both confirmed and unverified'),
	'provenance-confirms-absent': error('provenance confirms a detail the record does not give'),
	// Chinese
	'missing-translation': warning('a reader-visible text without its Chinese'),
	'incomplete-translation': error('a text without Chinese in a pathway declared complete in it'),
	'untranslated-entity-label': error(
		'a node of a pathway complete in Chinese shows an entity label with no Chinese'
	),
	// Gaps a curator should look at
	'no-evidence': warning('a node or edge with no evidence'),
	'unconnected-node': warning('a node with no edges in a pathway of several'),
	'not-in-any-step': warning('an element that no lecture step reveals'),
	'hypothesis-without-evidence': warning('a hypothesis with no evidence'),
	'hypothesis-without-elements': warning('a hypothesis that no node or edge belongs to'),
	'unused-entity': warning('an entity that no pathway uses'),
	'uncited-sentence': warning('source sentences that no element cites nor lists as uncited')
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const severityOf = (rule: RuleId): Severity => RULES[rule].severity;
