import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const selfLoop = defineRule({
	id: 'self-loop',
	severity: 'error',
	description: 'an edge from a node to itself',
	/** `at`: the edge's item; `id`: its id. */
	check: (
		file: Locator,
		at: DataPath,
		id: string,
		edge: { source: string; target: string }
	): Diagnostic[] =>
		edge.source === edge.target
			? [
					file.diagnostic(
						selfLoop,
						[...at, 'target'],
						`edge "${id}" goes from "${edge.source}" to itself`,
						'an edge joins two different nodes'
					)
				]
			: []
});
