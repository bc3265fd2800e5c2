import { nearest } from '../text/similarity.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';
import { unknownName } from './unknownName.ts';

function forCounterEvidence(file: Locator, at: DataPath, id: string, known: string[]) {
	const guess = nearest(id, known);
	return file.diagnostic(
		unknownReference,
		at,
		`unknown reference "${id}" for the counter-evidence`,
		guess ? `did you mean "${guess}"?` : 'add the record to pathways/references.yaml'
	);
}

export const unknownReference = defineRule({
	id: 'unknown-reference',
	severity: 'error',
	description: 'evidence or counter-evidence cites a reference record that does not exist',
	/** `counter`: the reference of a contested claim's counter-evidence. */
	check: (file: Locator, at: DataPath, id: string, known: string[], counter = false): Diagnostic =>
		counter
			? forCounterEvidence(file, at, id, known)
			: unknownName(
					unknownReference,
					file,
					at,
					'reference',
					id,
					known,
					`known references: ${known.join(', ') || 'none'}`
				)
});
