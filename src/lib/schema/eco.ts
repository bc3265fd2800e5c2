/**
 * The Evidence & Conclusion Ontology (ECO) term that names each study kind for machines. Each id
 * and label was checked against a stored copy of the ontology's term list; where no term for the
 * kind itself could be confirmed, its confirmed parent stands in (the clinical kinds share
 * "clinical study evidence"), and where none fits the kind has no ECO term rather than a guess.
 */
import type { StudyKind } from './vocabulary.ts';

export interface EcoTerm {
	id: string;
	label: string;
}

const CLINICAL: EcoTerm = { id: 'ECO:0000180', label: 'clinical study evidence' };

export const ECO_TERMS: ReadonlyMap<StudyKind, EcoTerm> = new Map([
	['human-rct', CLINICAL],
	['human-trial', CLINICAL],
	['human-observational', CLINICAL],
	['human-imaging', CLINICAL],
	['animal-in-vivo', { id: 'ECO:0000179', label: 'animal model system study evidence' }],
	['in-vitro', { id: 'ECO:0000181', label: 'in vitro assay evidence' }],
	['review', { id: 'ECO:0000033', label: 'author statement supported by traceable reference' }]
]);

/** The term's address in the OBO Library. */
export const ecoIri = (id: string): string =>
	`http://purl.obolibrary.org/obo/${id.replace(':', '_')}`;
