import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';
import { unknownName } from './unknownName.ts';

export const unknownElement = defineRule({
	id: 'unknown-element',
	severity: 'error',
	description: 'a lecture step shows an id the pathway does not define',
	check: (file: Locator, at: DataPath, id: string, known: Iterable<string>): Diagnostic =>
		unknownName(unknownElement, file, at, 'element', id, known, 'define the element first')
});
