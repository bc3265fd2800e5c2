import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const missingField = defineRule({
	id: 'missing-field',
	severity: 'error',
	description: 'a required field is missing',
	/** `at`: the record that lacks `field`. */
	check: (file: Locator, at: DataPath, field: string): Diagnostic =>
		file.diagnostic(missingField, at, `missing field "${field}"`, `add "${field}: …"`)
});
