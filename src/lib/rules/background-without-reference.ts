import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const backgroundWithoutReference = defineRule({
	id: 'background-without-reference',
	severity: 'error',
	description: 'background evidence without a reference record',
	check: (file: Locator, at: DataPath): Diagnostic =>
		file.diagnostic(
			backgroundWithoutReference,
			at,
			'background evidence needs a "reference"',
			'cite a record from pathways/references.yaml'
		)
});
