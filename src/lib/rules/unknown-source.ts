import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';
import { unknownName } from './unknownName.ts';

export const unknownSource = defineRule({
	id: 'unknown-source',
	severity: 'error',
	description: 'evidence quotes a source that does not exist',
	check: (file: Locator, at: DataPath, id: string, known: string[]): Diagnostic =>
		unknownName(
			unknownSource,
			file,
			at,
			'source',
			id,
			known,
			`known sources: ${known.join(', ') || 'none'}`
		)
});
