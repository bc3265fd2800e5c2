import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';
import { unknownName } from './unknownName.ts';

function otherwise(known: ReadonlySet<string>): string {
	return known.size
		? `declared hypotheses: ${[...known].join(', ')}`
		: 'declare it under "hypotheses:" at the top of the pathway';
}

export const unknownHypothesis = defineRule({
	id: 'unknown-hypothesis',
	severity: 'error',
	description: 'a hypothesis the pathway does not declare',
	check: (file: Locator, at: DataPath, ref: string, known: ReadonlySet<string>): Diagnostic =>
		unknownName(unknownHypothesis, file, at, 'hypothesis', ref, known, otherwise(known))
});
