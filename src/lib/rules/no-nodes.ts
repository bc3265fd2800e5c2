import { defineRule, type Diagnostic, type Locator } from './rule.ts';

export const noNodes = defineRule({
	id: 'no-nodes',
	severity: 'error',
	description: 'a pathway with an empty node list',
	check: (file: Locator, nodes: unknown): Diagnostic[] =>
		Array.isArray(nodes) && nodes.length === 0
			? [
					file.diagnostic(
						noNodes,
						['nodes'],
						'a pathway has at least one node',
						'list the nodes under "nodes:", each with an "entity" from entities.yaml'
					)
				]
			: []
});
