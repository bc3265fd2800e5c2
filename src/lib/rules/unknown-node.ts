import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';
import { unknownName } from './unknownName.ts';

export const unknownNode = defineRule({
	id: 'unknown-node',
	severity: 'error',
	description: 'an edge end that is not a node of the pathway',
	check: (file: Locator, at: DataPath, id: string, known: Iterable<string>): Diagnostic =>
		unknownName(unknownNode, file, at, 'node', id, known, 'define the node first')
});
