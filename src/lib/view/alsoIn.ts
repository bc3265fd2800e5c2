/** For each entity of a pathway, the other pathways that contain it. */
import type { Localized } from '../i18n/localized.ts';
import type { Atlas, Pathway } from '../model/atlas.ts';

export interface PathwayLink {
	id: string;
	title: Localized;
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
			return [{ id: other.id, title: other.title, node: match.id }];
		});
		out.set(node.entity, links);
	}
	return out;
}
