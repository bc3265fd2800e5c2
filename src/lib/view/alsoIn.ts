/** For each entity of a pathway, the other pathways that contain it: the first few, and a count. */
import type { Localized } from '../i18n/localized.ts';
import type { Atlas, Pathway } from '../model/atlas.ts';

export interface PathwayLink {
	id: string;
	title: Localized;
	/** The node of that pathway that stands for the entity. */
	node: string;
}

export interface AlsoIn {
	links: PathwayLink[];
	/** The other pathways that contain the entity but are not linked. */
	more: number;
}

/**
 * The most other pathways a node's panel links to: a reader scans a short list, and a page's
 * weight does not grow with the atlas (an entity such as glutamate is in most pathways).
 */
export const ALSO_IN_LINKS = 6;

export function alsoIn(atlas: Atlas, pathway: Pathway): Map<string, AlsoIn> {
	const out = new Map<string, AlsoIn>();
	for (const node of pathway.nodes) {
		const links = atlas.pathways.flatMap((other) => {
			if (other.id === pathway.id) return [];
			const match = other.nodes.find((n) => n.entity === node.entity);
			return match ? [{ id: other.id, title: other.title, node: match.id }] : [];
		});
		out.set(node.entity, {
			links: links.slice(0, ALSO_IN_LINKS),
			more: Math.max(0, links.length - ALSO_IN_LINKS)
		});
	}
	return out;
}
