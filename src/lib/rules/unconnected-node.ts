import type { Pathway } from '../model/atlas.ts';
import { defineRule, type DataPath, type Diagnostic, type Locator } from './rule.ts';

export const unconnectedNode = defineRule({
	id: 'unconnected-node',
	severity: 'warning',
	description: 'a node with no edges in a pathway of several',
	check: (p: Pathway, file: Locator, itemPath: (id: string) => DataPath): Diagnostic[] => {
		if (p.nodes.length < 2) return [];
		const connected = new Set(p.edges.flatMap((e) => [e.source, e.target]));
		return p.nodes
			.filter((n) => !connected.has(n.id))
			.map((n) =>
				file.diagnostic(
					unconnectedNode,
					itemPath(n.id),
					`node "${n.id}" has no edges`,
					'connect it, or move it to the pathway it belongs to'
				)
			);
	}
});
