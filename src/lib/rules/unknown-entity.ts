import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';
import { unknownName } from './unknownName.ts';

export const unknownEntity = defineRule({
	id: 'unknown-entity',
	severity: 'error',
	description: 'a node names an entity the catalogue does not define',
	check: (file: Locator, at: DataPath, id: string, known: Iterable<string>): Diagnostic =>
		unknownName(unknownEntity, file, at, 'entity', id, known, 'define the entity first')
});
