/** For each entity of a pathway, the other pathways that contain it. */
import type { Atlas, Pathway } from '../model/atlas.ts';

export interface PathwayLink {
	id: string;
	title: string;
	titleZh?: string;
	/** The node of that pathway that stands for the entity. */
	node: string;
}

export function alsoIn(atlas: Atlas, pathway: Pathway): Map<string, PathwayLink[]> {
	const out = new Map<string, PathwayLink[]>();
	for (const node of pathway.nodes) {
		const links = atlas.pathways.flatMap((other) => {
			if (other.id === pathway.id) return [];
			const match = other.nodes.find((n) => n.entity === node.entity);
			if (!match) return [];
			const zh = other.titleZh ? { titleZh: other.titleZh } : {};
			return [{ id: other.id, title: other.title, ...zh, node: match.id }];
		});
		out.set(node.entity, links);
	}
	return out;
}
