/** The layout graph as the layered layout reads it: leaves and compartments by index. */
import type { Direction } from '../../schema/vocabulary.ts';
import type { LayoutGraph } from '../layoutInput.ts';
import type { Clusters } from './graph.ts';

export function readGraph(graph: LayoutGraph, direction: Direction) {
	const sideways = direction === 'LR' || direction === 'RL';
	const parentOf = new Map(graph.nodes.map((n) => [n.id, n.parent]));
	const size = new Map(graph.nodes.map((n) => [n.id, n]));
	const edges = graph.edges.map((e): [string, string] => [e.source, e.target]);
	const isParent = new Set([...parentOf.values()].filter((p): p is string => p !== undefined));
	const leaves = [...parentOf.keys()].filter((id) => !isParent.has(id));
	const clusterIds = [...parentOf.keys()].filter((id) => isParent.has(id));
	const clusterIndex = new Map(clusterIds.map((id, i) => [id, i]));
	const clusters: Clusters = {
		ids: clusterIds,
		parent: clusterIds.map((id) => clusterIndex.get(parentOf.get(id) ?? '') ?? -1),
		children: clusterIds.map(() => []),
		minAcross: clusterIds.map((id) => {
			const s = size.get(id)!;
			return sideways ? s.height : s.width;
		}),
		minRank: clusterIds.map(() => Infinity),
		maxRank: clusterIds.map(() => -Infinity)
	};
	clusters.parent.forEach((p, i) => p >= 0 && clusters.children[p]!.push(i));
	const leafIndex = new Map(leaves.map((id, i) => [id, i]));
	const firstLeaf = (id: string): number | undefined => {
		if (leafIndex.has(id)) return leafIndex.get(id);
		for (const [child, parent] of parentOf) if (parent === id) return firstLeaf(child);
		return undefined;
	};
	const extents = leaves.map((id) => size.get(id)!);
	return {
		leaves,
		clusters,
		leafCluster: leaves.map((id) => clusterIndex.get(parentOf.get(id) ?? '') ?? -1),
		across: extents.map((s) => (sideways ? s.height : s.width)),
		along: extents.map((s) => (sideways ? s.width : s.height)),
		edges: edges
			.map(([s, t]) => [firstLeaf(s), firstLeaf(t)] as const)
			.filter((e): e is readonly [number, number] => e[0] !== undefined && e[1] !== undefined)
	};
}
