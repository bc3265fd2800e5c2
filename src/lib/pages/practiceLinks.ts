/**
 * A practice page's other pathways: their nodes from the pathway's shared file, their links from
 * the atlas's one file (practice-links.json), fetched once. A round starts in the browser, so
 * the server renders the page without the links. The export menu's questions read them too.
 */
import { browser } from '$app/environment';
import { resolve } from '$app/paths';
import { fetchOnce } from './fetchOnce.ts';
import { elsewhereLinks } from '../practice/subject.ts';
import type { Pathway } from '../model/atlas.ts';
import type { Distractor, Elsewhere } from '../practice/types.ts';

type Fetch = typeof globalThis.fetch;
type AtlasLinks = [string, string[]][];

const atlasLinks = (fetch: Fetch) =>
	fetchOnce(resolve('/practice-links.json'), fetch, (text) => JSON.parse(text) as AtlasLinks);

/** The other pathways' nodes given, with their links a question on `pathway` can ask about. */
export async function elsewhereWithLinks(
	pathway: Pathway,
	nodes: readonly Distractor[],
	fetch: Fetch
): Promise<Elsewhere> {
	if (!browser) return { nodes, links: [] };
	const others = (await atlasLinks(fetch))
		.filter(([id]) => id !== pathway.id)
		.flatMap(([, links]) => links);
	return { nodes, links: elsewhereLinks(pathway, nodes, others) };
}
