import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';
import { unknownName } from './unknownName.ts';

export const unknownCompartment = defineRule({
	id: 'unknown-compartment',
	severity: 'error',
	description: 'a compartment or parent the pathway does not define',
	check: (file: Locator, at: DataPath, id: string, known: Iterable<string>): Diagnostic =>
		unknownName(
			unknownCompartment,
			file,
			at,
			'compartment',
			id,
			known,
			'define the compartment first'
		)
});
